import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

describe('findFigures: dollars and currency words of other countries', () => {
  for (const [sentence, span, value, unit] of [
    ['a budget of G$900 billion', 'G$900 billion', 900_000_000_000, 'gyd'],
    ['Z$2 trillion in notes', 'Z$2 trillion', 2_000_000_000_000, 'zwl'],
    ['the club paid A$12 million', 'A$12 million', 12_000_000, 'aud'],
    ['C$40 per barrel', 'C$40', 40, 'cad'],
    ['S$3.5 billion of bonds', 'S$3.5 billion', 3_500_000_000, 'sgd'],
    ['R$1.2 billion in fines', 'R$1.2 billion', 1_200_000_000, 'brl'],
    ['bread now costs 90 bolívares', '90 bolívares', 90, 'ves'],
    ['wages of 130 bolivars a month', '130 bolivars', 130, 'ves'],
    ['a fine of 5,000 reais', '5,000 reais', 5000, 'brl'],
    ['fell to 18 pesos per dollar', '18 pesos', 18, 'mxn'],
    ['spent 700 Philippine pesos', '700 Philippine pesos', 700, 'php'],
    ['4 billion rupees of aid', '4 billion rupees', 4_000_000_000, 'inr'],
    ['30,000 Pakistani rupees', '30,000 Pakistani rupees', 30_000, 'pkr'],
    ['1,500 naira a litre', '1,500 naira', 1500, 'ngn'],
    ['200 cedis in fees', '200 cedis', 200, 'ghs'],
    ['100 Ugandan shillings each', '100 Ugandan shillings', 100, 'ugx'],
    ['a bribe of 500 shillings', '500 shillings', 500, 'kes'],
    ['6 million dinars was seized', '6 million dinars', 6_000_000, 'iqd'],
    ['40 Jordanian dinars', '40 Jordanian dinars', 40, 'jod'],
    ['2 billion riyals of contracts', '2 billion riyals', 2_000_000_000, 'sar'],
    ['1,000 Lebanese lira', '1,000 Lebanese lira', 1000, 'lbp'],
    ['35 lira to the dollar', '35 lira', 35, 'try'],
    ['3,000 kyat for rice', '3,000 kyat', 3000, 'mmk'],
  ] as const) {
    it(`reads money "${span}"`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.unit], ['money', value, unit]);
    });
  }
});

describe('findFigures: cents and basis points are hundredths', () => {
  it('reads cents as dollars', () => {
    const f = figureReading('gold futures fell 65 cents an ounce', '65 cents');
    assert.deepEqual([f.type, f.value, f.unit], ['money', 0.65, 'usd']);
    assert.equal(figureReading('up 4.5 cents', '4.5 cents').value, 0.045);
  });

  it('reads euro cents as euros and a range of cents as a range of dollars', () => {
    assert.deepEqual(figureReading('up 3 euro cents', '3 euro cents').unit, 'eur');
    const range = figureReading('rose 10 to 15 cents', '10 to 15 cents');
    assert.deepEqual([range.type, range.value, range.unit], ['range', { min: 0.1, max: 0.15 }, 'usd']);
  });

  it('reads no figure in a vague number of cents', () => {
    assert.deepEqual(figureTexts('shares gained a few cents'), []);
  });

  it('reads basis points as a percent of a hundredth', () => {
    const f = figureReading('the bank cut rates by 50 basis points on Friday', '50 basis points');
    assert.deepEqual([f.type, f.value, f.unit], ['percent', 0.5, null]);
    assert.equal(figureReading('spreads widened 15bp', '15bp').value, 0.15);
    const range = figureReading('a cut of 25 to 50 basis points', '25 to 50 basis points');
    assert.deepEqual([range.type, range.value, range.unit], ['range', { min: 0.25, max: 0.5 }, 'percent']);
  });
});

describe('findFigures: a unit sign written on both ends of a range', () => {
  it('reads a percent range with the sign on both ends', () => {
    const between = figureReading('premiums of between 0.4% and 0.9% of value', 'between 0.4% and 0.9%');
    assert.deepEqual([between.type, between.value, between.unit], ['range', { min: 0.4, max: 0.9 }, 'percent']);
    assert.deepEqual(figureReading('growth slowed from 3% to 3.5%', '3% to 3.5%').value, { min: 3, max: 3.5 });
    assert.deepEqual(figureReading('from 4 percent to 6 percent', '4 percent to 6 percent').value, { min: 4, max: 6 });
  });

  it('keeps a lone percent when the other end of "to" is no percent', () => {
    assert.deepEqual(figureTexts('rose 2% to $40'), ['2%', '$40']);
  });

  it('reads a money range with the symbol on both ends', () => {
    assert.deepEqual(figureReading('from £30,000 to £45,000 a year', '£30,000 to £45,000').value, { min: 30_000, max: 45_000 });
  });
});

describe('findFigures: old years as modifiers', () => {
  for (const [sentence, span] of [
    ['rooted in an 1871 boundary ruling', '1871'],
    ['the 1815 treaty still binds', '1815'],
    ['under the disputed 1884 charter', '1884'],
  ] as const) {
    it(`reads the year "${span}" after a determiner in "${sentence}"`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value], ['date', span]);
    });
  }

  it('still reads counts and measures after a determiner', () => {
    assert.equal(figureReading('the 1500 troops left', '1500').type, 'count');
    assert.equal(figureReading('the 1500 km border', '1500 km').type, 'measure');
  });
});
