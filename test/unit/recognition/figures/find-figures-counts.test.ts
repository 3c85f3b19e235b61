import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

describe('findFigures: counts and ranges', () => {
  it('reads a comma-grouped count and the noun after its demonyms as unit', () => {
    const f = figureReading('The NIS said 11,000 North Korean soldiers arrived.', '11,000');
    assert.deepEqual([f.type, f.value, f.qualifier, f.unit], ['count', 11000, null, 'soldiers']);
  });

  for (const [qualifier, sentence] of [
    ['approximately', 'approximately 11,000 troops'],
    ['at least', 'at least 3,000 troops'],
    ['more than', 'more than 3,000 troops'],
    ['up to', 'up to 3,000 troops'],
    ['as many as', 'as many as 3,000 troops'],
    ['an estimated', 'an estimated 3,000 troops'],
    ['some', 'some 3,000 troops'],
    ['over', 'over 3,000 troops'],
    ['fewer than', 'fewer than 3,000 troops'],
    ['close to', 'close to 3,000 troops'],
  ]) {
    it(`includes the qualifier "${qualifier}" in the span`, () => {
      const span = sentence.replace(' troops', '');
      const f = figureReading(`They sent ${sentence} there.`, span);
      assert.equal(f.qualifier, qualifier);
      assert.equal(f.value, 3000 + (qualifier === 'approximately' ? 8000 : 0));
    });
  }

  it('lower-cases a sentence-initial qualifier', () => {
    assert.equal(figureReading('At least 11,000 soldiers came.', 'At least 11,000').qualifier, 'at least');
  });

  it('reads "an 11,000-strong force" as a count of troops', () => {
    const f = figureReading('an 11,000-strong North Korean force had been deployed', '11,000');
    assert.deepEqual([f.type, f.value, f.unit], ['count', 11000, 'troops']);
    assert.equal(figureReading('a 5,000-strong crowd gathered', '5,000').unit, 'people');
  });

  it('keeps noun modifiers in the unit but not adjectives, demonyms or designators', () => {
    assert.equal(figureReading('sent 12 coast guard vessels', '12').unit, 'coast guard vessels');
    assert.equal(figureReading('bought 40 F-35 fighter jets', '40').unit, 'fighter jets');
    assert.equal(figureReading('treated 80 wounded patients', '80').unit, 'patients');
    assert.equal(figureReading('freed 300 Palestinian prisoners', '300').unit, 'prisoners');
    assert.equal(figureReading('asked for 5 more air batteries', '5').unit, 'air batteries');
  });

  it('takes the last of consecutive plural nouns as unit', () => {
    assert.equal(figureReading('1,500 North Korean special forces soldiers arrived', '1,500').unit, 'soldiers');
  });

  it('gives a count with no noun the unit of the count before it on the line', () => {
    assert.equal(figureReading('About 900 people died and 120 were taken away.', '120').unit, 'people');
    assert.equal(figureReading('They will soon have 12,000 on Russian territory.', '12,000').unit, null);
  });

  it('reads spelled-out numbers', () => {
    assert.deepEqual([figureReading('four landing ships', 'four').value, figureReading('four landing ships', 'four').unit], [4, 'landing ships']);
    assert.equal(figureReading('twenty-five people died', 'twenty-five').value, 25);
    assert.equal(figureReading('three million people fled', 'three million').value, 3_000_000);
    assert.equal(figureReading('two hundred and fifty thousand troops', 'two hundred and fifty thousand').value, 250_000);
    assert.equal(figureReading('about two dozen drones', 'about two dozen').value, 24);
  });

  it('reads vague amounts that count a noun as counts without a value', () => {
    for (const [text, span, unit] of [
      ['Thousands of these troops have been deployed.', 'Thousands', 'troops'],
      ['tens of thousands of people', 'tens of thousands', 'people'],
      ['dozens of drones', 'dozens', 'drones'],
      ['several hundred soldiers', 'several hundred', 'soldiers'],
      ['a few thousand men', 'a few thousand', 'men'],
    ] as const) {
      const f = figureReading(text, span);
      assert.deepEqual([f.type, f.value, f.unit], ['count', null, unit], text);
    }
  });

  it('does not read "a dozen" or a vague amount with no noun as a figure', () => {
    for (const text of ['about a dozen drones', 'they came by the thousands', 'dozens were killed']) {
      assert.deepEqual(figureTexts(text), [], text);
    }
  });

  it('does not read a spelled number after "the" as a new count', () => {
    assert.deepEqual(figureTexts('ties between the two nations and these three envoys'), []);
    assert.deepEqual(figureTexts('beyond two countries'), ['two']);
  });

  it('does not read "one" as a count', () => {
    assert.deepEqual(figureTexts('one of the soldiers shouted'), []);
  });

  it('reads scaled digits', () => {
    assert.equal(figureReading('1.5 million people', '1.5 million').value, 1_500_000);
  });

  it('reads ranges written with "to", a hyphen and "between ... and"', () => {
    assert.deepEqual(figureReading('closer to 10,900 to 12,000, with', '10,900 to 12,000').value, { min: 10900, max: 12000 });
    const hyphen = figureReading('12,000-15,000 troops', '12,000-15,000');
    assert.deepEqual([hyphen.type, hyphen.value, hyphen.unit], ['range', { min: 12000, max: 15000 }, 'troops']);
    assert.deepEqual(figureReading('between 3,000 and 5,000 troops', 'between 3,000 and 5,000').value, { min: 3000, max: 5000 });
    assert.equal(figureReading('10,000 to 12,000 troops were sent', '10,000 to 12,000').unit, 'troops');
  });

  it('shares a scale word across a range', () => {
    assert.deepEqual(figureReading('2 to 3 million people', '2 to 3 million').value, { min: 2_000_000, max: 3_000_000 });
  });

  it('keeps a qualifier on a range, but not "estimated" without "an"', () => {
    const f = figureReading('up to 12,000 to 15,000 troops', 'up to 12,000 to 15,000');
    assert.deepEqual([f.type, f.qualifier], ['range', 'up to']);
    assert.equal(figureReading('the estimated 12,000 to 15,000 troops', '12,000 to 15,000').qualifier, null);
  });

  it('does not read a descending pair as a range', () => {
    assert.deepEqual(figureTexts('5,000 to 3,000 troops'), ['5,000', '3,000']);
  });
});
