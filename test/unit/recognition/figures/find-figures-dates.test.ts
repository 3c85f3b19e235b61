import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

describe('findFigures: dates', () => {
  for (const [sentence, span, value] of [
    ['met on Nov. 4, 2024, in Moscow', 'Nov. 4, 2024', '2024-11-04'],
    ['on November 20 regarding', 'November 20', null],
    ['on 20 November 2024 the', '20 November 2024', '2024-11-20'],
    ['in October 2024 troops', 'October 2024', '2024-10'],
    ['by late October.', 'late October', null],
    ['in early 2024 they', 'early 2024', '2024'],
    ['until mid-December the', 'mid-December', null],
    ['since the 1990s has', 'the 1990s', '1990s'],
    ['in the early 2000s,', 'the early 2000s', '2000s'],
    ['in the \'90s,', 'the \'90s', '1990s'],
    ['annexed in 2022, meaning', '2022', '2022'],
    ['fighting since 2014.', '2014', '2014'],
    ['dated 2024-10-23 at', '2024-10-23', '2024-10-23'],
    ['on 10/23/2024 at', '10/23/2024', '2024-10-23'],
    ['in June in Pyongyang', 'June', null],
    ['failed in May, through', 'May', null],
    ['the 2017 UN sanctions', '2017', '2017'],
    ['Nov. 4 and then', 'Nov. 4', null],
    ['in mid-2024 the', 'mid-2024', '2024'],
    ['in the first half of 2024 prices rose', '2024', '2024'],
    ['1950s-era tanks', '1950s', '1950s'],
    ['dated 2024.10.23 in', '2024.10.23', '2024-10-23'],
    ['on 1st of May', '1st of May', null],
    ['on Oct. 31-Nov. 2, 2024,', 'Oct. 31-Nov. 2, 2024', { start: '2024-10-31', end: '2024-11-02' }],
  ] as const) {
    it(`reads "${span}" as a date`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value], ['date', value]);
    });
  }

  for (const [sentence, span, qualifier] of [
    ['by late October.', 'late October', 'late'],
    ['in early 2024 they', 'early 2024', 'early'],
    ['until mid-December the', 'mid-December', 'mid'],
    ['in the early 2000s,', 'the early 2000s', 'early'],
    ['since the 1990s has', 'the 1990s', null],
    ['in spring 2023 the', 'spring 2023', null],
  ] as const) {
    it(`gives "${span}" the qualifier ${qualifier}`, () => {
      assert.equal(figureReading(sentence, span).qualifier, qualifier);
    });
  }

  it('skips publication timestamps and copyright lines whole', () => {
    assert.deepEqual(figureTexts('Published Apr 02, 2025, 06:41 PM\nUpdated 2024.10.23 16:49\n© 2025 All rights reserved.'), []);
    assert.deepEqual(figureTexts('Apr 02, 2025, 06:41 PM'), []);
    assert.deepEqual(figureTexts('Published: Apr 02, 2025'), []);
  });

  it('reads "Oct. 23 and 24" as one date without a year', () => {
    const f = figureReading('traveling on Oct. 23 and 24 carried', 'Oct. 23 and 24');
    assert.deepEqual([f.type, f.value], ['date', null]);
  });

  it('reads a day range with its year as a start and end', () => {
    assert.deepEqual(figureReading('between Oct. 8 and 13, 2024, when', 'between Oct. 8 and 13, 2024').value, { start: '2024-10-08', end: '2024-10-13' });
  });

  it('reads year ranges', () => {
    assert.deepEqual(figureReading('during 2014-2022 the', '2014-2022').value, { start: '2014', end: '2022' });
    assert.deepEqual(figureReading('the 2024-25 season', '2024-25').value, { start: '2024', end: '2025' });
  });

  it('does not read names or ages as dates', () => {
    assert.deepEqual(figureTexts('Theresa May spoke'), []);
    assert.deepEqual(figureTexts('in their late teens and early 20s, are'), []);
  });

  it('reads a year-like number before a plural noun as a count', () => {
    assert.equal(figureReading('sent 2000 troops', '2000').type, 'count');
    assert.equal(figureReading('about 2000 were', 'about 2000').type, 'count');
  });
});
