import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureTexts } from './figure-helpers';

// Compiled tests run from out/test/unit/recognition/figures.
const SEEDS = join(__dirname, '..', '..', '..', '..', '..', 'seeds');

describe('findFigures: seed articles', () => {
  it('finds the figures of a Korea Times article and none of its page chrome', () => {
    const text = readFileSync(join(SEEDS, '003_3b85a8226ef5a039.txt'), 'utf8');
    assert.deepEqual(figureTexts(text), [
      'Tuesday', 'Tuesday', 'Tuesday', 'at least 3,000', 'around 10,900', 'December', 'over 100', 'Oct. 23 and 24', 'Tuesday', 'Monday',
      'January', 'September', 'next month', 'May', 'about 4,000', 'this year', 'around $800', 'Monday', 'Monday', 'Monday', '12,000',
      'Some 3,000', '12,000', '2024', 'Tuesday', 'two',
    ]);
  });

  it('finds the dates and counts of an article on the first deployment', () => {
    const text = readFileSync(join(SEEDS, '004_d8dd040719903d34.txt'), 'utf8');
    const found = figureTexts(text);
    for (const expected of ['1,500', 'between Oct. 8 and 13', 'four', 'three', 'Oct. 17', '11,000', '12,000', '1948', '1961', 'the 1990s', '2022', '2017']) {
      assert.ok(found.includes(expected), `missing "${expected}" in ${JSON.stringify(found)}`);
    }
    assert.ok(!found.some((t) => t.includes('124')), 'AN-124 is a designator');
  });
});
