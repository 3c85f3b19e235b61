import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

// Date classes of the dev articles 4xx/5xx: intervals, months in a relative year, duration qualifiers, timestamps, deictic words.
describe('findFigures: date phrases of real-style text', () => {
  for (const [text, span, value] of [
    ['in the Northwest between December 2020 and August 2022, after', 'between December 2020 and August 2022', { start: '2020-12', end: '2022-08' }],
    ['a nightly curfew from 11 p.m. to 5 a.m. every day', '11 p.m. to 5 a.m.', null],
    ['voting would run from 8am to 4pm. Around', '8am to 4pm', null],
    ['clustered at 0500 UTC, Saturday to Wednesday, consistent with', 'Saturday to Wednesday', null],
    ['brought in $3.1 billion in January-October, up 11%', 'January-October', null],
    ['Since April last year, the North has been', 'April last year', null],
    ['by the UN Security Council on Dec. 19 last year. The', 'Dec. 19 last year', null],
  ] as const) {
    it(`reads the one date "${span}"`, () => {
      assert.deepEqual(figureReading(text, span).value, value);
    });
  }

  it('keeps two dates two where nothing joins them as an interval', () => {
    assert.deepEqual(figureTexts('on Monday and Tuesday'), ['Monday', 'Tuesday']);
    assert.deepEqual(figureTexts('fell between 2016–20 and 2021–25, data show'), ['2016–20', '2021–25']);
    assert.deepEqual(figureTexts('in May 2024 last year'), ['May 2024', 'last year']);
  });

  it('reads "over" before a duration as a span of time, "for over" as "more than"', () => {
    assert.deepEqual([figureReading('received 17 messages over nine days before', 'nine days').qualifier], [null]);
    assert.equal(figureReading('has lasted for over two years', 'over two years').qualifier, 'over');
    assert.equal(figureReading('The four-day conflict ended on May 10', 'four-day').value, 'P4D');
  });

  it('reads weekdays and deictic days after a name word, and "the same day"', () => {
    assert.equal(figureReading('told supporters in Colombo late Sunday. Opposition', 'late Sunday').qualifier, 'late');
    assert.equal(figureReading('in the Gulf of Oman early Wednesday, the agency said', 'early Wednesday').qualifier, 'early');
    figureReading('The Council today imposed restrictive measures', 'today');
    figureReading('WASHINGTON — Today, the Department of the Treasury', 'Today');
    figureReading('declared the ceasefire over the same day.[7] Since then', 'the same day');
    assert.deepEqual(figureTexts('Joe Friday said USA Today ran it'), []);
  });

  for (const text of [
    'This page was last edited on 14 November 2026, at 09:12 (UTC).',
    'Published On 2 Dec 2026',
    'Published at 09:41 pm December 5th, 2026',
    'Posted Tue 1 Dec 2026 at 5:12am, updated Tue 1 Dec 2026 at 9:40am',
    'Posted On: 19 Nov 2025 6:45PM by PIB Delhi',
    'Embargoed until 00:01 CET, Monday 8 December 2025.',
    'Hamza Kaya - Update : 13.11.2025',
  ]) {
    it(`reads the timestamp "${text}" as page chrome`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});
