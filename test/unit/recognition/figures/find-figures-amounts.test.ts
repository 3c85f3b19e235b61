import * as assert from 'node:assert/strict';
import { figureReading } from './figure-helpers';

describe('findFigures: money, measures and percents', () => {
  for (const [sentence, span, value, unit] of [
    ['wages of around $800 a month', 'around $800', 800, 'usd'],
    ['a $20 million deal', '$20 million', 20_000_000, 'usd'],
    ['1.2 billion won in aid', '1.2 billion won', 1_200_000_000, 'won'],
    ['worth US$1.5 billion in arms', 'US$1.5 billion', 1_500_000_000, 'usd'],
    ['a €300m contract', '€300m', 300_000_000, 'eur'],
    ['500 million rubles were paid', '500 million rubles', 500_000_000, 'rubles'],
    ['20 million dollars', '20 million dollars', 20_000_000, 'usd'],
    ['USD 20 million', 'USD 20 million', 20_000_000, 'usd'],
    ['£5bn of funding', '£5bn', 5_000_000_000, 'gbp'],
    ['HK$300 each', 'HK$300', 300, 'hkd'],
  ] as const) {
    it(`reads money "${span}"`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.unit], ['money', value, unit]);
    });
  }

  it('reads a money range', () => {
    const f = figureReading('between $10 and $20 million', 'between $10 and $20 million');
    assert.deepEqual([f.type, f.value], ['money', { min: 10_000_000, max: 20_000_000 }]);
  });

  it('reads vague money with its currency', () => {
    const f = figureReading('billions of dollars in aid', 'billions of dollars');
    assert.deepEqual([f.type, f.value, f.unit], ['money', null, 'usd']);
  });

  for (const [sentence, span, value, unit] of [
    ['170mm self-propelled guns', '170mm', 170, 'mm'],
    ['240 mm rocket launchers', '240 mm', 240, 'mm'],
    ['about 6km from the border', 'about 6km', 6, 'km'],
    ['1,000 kilometers away', '1,000 kilometers', 1000, 'km'],
    ['155-millimeter shells', '155-millimeter', 155, 'mm'],
    ['5,000 tons of ammunition', '5,000 tons', 5000, 'tons'],
    ['a 30-minute call', '30-minute', 30, 'minutes'],
    ['two years ago', 'two years', 2, 'years'],
    ['a 19-year-old soldier', '19-year-old', 19, 'years'],
    ['400 square kilometers of land', '400 square kilometers', 400, 'km2'],
    ['a 7.8-magnitude quake', '7.8-magnitude', 7.8, 'magnitude'],
    ['dropped to -20 degrees overnight', '-20 degrees', -20, '°'],
    ['winds of 100 km/h', '100 km/h', 100, 'km/h'],
  ] as const) {
    it(`reads measure "${span}"`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.unit], ['measure', value, unit]);
    });
  }

  for (const [sentence, span, value] of [
    ['rose 15 percent', '15 percent', 15],
    ['rose 3.5% last year', '3.5%', 3.5],
    ['fell 15 per cent', '15 per cent', 15],
    ['nearly 40 percent of voters', 'nearly 40 percent', 40],
  ] as const) {
    it(`reads percent "${span}"`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.unit], ['percent', value, '%']);
    });
  }

  it('reads a percent range', () => {
    assert.deepEqual(figureReading('10-15% of the budget', '10-15%').value, { min: 10, max: 15 });
  });
});
