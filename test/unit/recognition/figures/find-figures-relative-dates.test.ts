import * as assert from 'node:assert/strict';
import { figureReading, figureTexts } from './figure-helpers';

// The figures convention of 2026-12-03 (issue 10, test/fixtures/gold/GUIDELINES.md): weekdays, relative dates and clock times are
// dates with value null; durations are dates with an ISO 8601 duration value; vague quantities that count a noun are null counts.

describe('findFigures: weekdays', () => {
  for (const [sentence, span, qualifier] of [
    ['Hamas resumed talks in Doha on Sunday, with mediators', 'Sunday', null],
    ['the spy agency said, Wednesday, that it is', 'Wednesday', null],
    ['was placed on high alert Tuesday after a Venezuelan patrol', 'Tuesday', null],
    ['at its headquarters in Seoul, Tuesday. Joint Press Corps', 'Tuesday', null],
    ['a patrol boat approached on Monday morning before turning back', 'Monday morning', null],
    ['drones struck early Tuesday, officials said', 'early Tuesday', 'early'],
    ['the negotiator met him late on Saturday, according to', 'late on Saturday', 'late'],
    ['the ceasefire collapsed last Friday', 'last Friday', null],
    ['the strikes began on the night of Thursday and', 'the night of Thursday', null],
    ["Tuesday's attack killed 12", 'Tuesday', null],
  ] as const) {
    it(`reads "${span}" as a date`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.qualifier, f.unit], ['date', null, qualifier, null]);
    });
  }

  for (const text of [
    'The Sunday Times reported the talks',
    'since the Good Friday Agreement was signed',
    'on Black Friday, shoppers',
    'the anniversary of Bloody Sunday',
    'crowds gathered on Mondays',
  ]) {
    it(`reads no weekday in the name or recurrence of "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});

describe('findFigures: days and periods named from the present', () => {
  for (const [sentence, span, qualifier] of [
    ['the NIS released a statement today confirming', 'today', null],
    ['Yesterday, the ministry said', 'Yesterday', null],
    ['troops will withdraw tomorrow morning', 'tomorrow morning', null],
    ['the vote is tonight', 'tonight', null],
    ['the European Union last week announced', 'last week', null],
    ['Last month Lai labelled China', 'Last month', null],
    ['workers were dispatched to Russia this year.', 'this year', null],
    ['Kim may visit Moscow next year', 'next year', null],
    ['in the past week alone', 'past week', null],
    ['over the next decade', 'next decade', null],
    ['this past weekend', 'this past weekend', null],
    ['the rate passed 230 this month', 'this month', null],
    ['as announced earlier this month', 'earlier this month', null],
    ['the deal closes early next year', 'early next year', 'early'],
    ['the budget for the upcoming year', 'upcoming year', null],
    ['a meeting held the previous day to review', 'the previous day', null],
    ['they returned the following week', 'the following week', null],
    ['he was freed the next morning', 'the next morning', null],
    ['from around 0.5% a week earlier', 'a week earlier', null],
    ['down 66% from a year earlier', 'a year earlier', null],
    ['the camp was built a decade ago', 'a decade ago', null],
  ] as const) {
    it(`reads "${span}" as a date`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.qualifier], ['date', null, qualifier]);
    });
  }

  for (const text of [
    'USA Today reported',
    'to this day the border is closed',
    'on the last day of talks',
    'we eat one meal a day',
    'the fee is paid once a year',
    'in the coming days and weeks',
    'Next Year Summit opens',
    'the year was hard',
    'prices could fall this much',
    'now, recently, soon, in the past, at the time',
  ]) {
    it(`reads no relative date in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});

describe('findFigures: clock times', () => {
  for (const [sentence, span, qualifier] of [
    ['the blast came at 10:30 p.m. on Wednesday', '10:30 p.m.', null],
    ['to $82.34 a barrel by 1130 GMT.', '1130 GMT', null],
    ['the strike hit at 0400 GMT', '0400 GMT', null],
    ['the curfew starts at 22:00 local time', '22:00 local time', null],
    ['polls closed at 8pm', '8pm', null],
    ['at 4:12 PM EST the sirens', '4:12 PM EST', null],
    ['at approximately 1:30 p.m. forces struck', 'approximately 1:30 p.m.', 'approximately'],
    ['the meeting at 14:00 ended', '14:00', null],
  ] as const) {
    it(`reads "${span}" as a date`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.qualifier], ['date', null, qualifier]);
    });
  }

  for (const text of ['as John 3:16 says', 'a 13 pm typo', 'the score was 2:1', 'they met at noon', 'Updated 4:12 PM EST, November 18, 2025', 'Published August 5, 2025 at 7:42 AM', 'Posted: Tuesday, Nov. 4, 2025 10:30 a.m.']) {
    it(`reads no clock time in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});

describe('findFigures: durations', () => {
  for (const [sentence, span, value, qualifier] of [
    ['pause the fighting for at least 42 days', 'at least 42 days', 'P42D', 'at least'],
    ['treated 112 patients in 48 hours', '48 hours', 'PT48H', null],
    ['aid over the next six months', 'six months', 'P6M', null],
    ['The siege lasted nearly four years.', 'nearly four years', 'P4Y', 'nearly'],
    ['a two-week exercise', 'two-week', 'P2W', null],
    ['fired water cannon for nearly 20 minutes', 'nearly 20 minutes', 'PT20M', 'nearly'],
    ['a 30-minute call', '30-minute', 'PT30M', null],
    ['two decades of war', 'two decades', 'P20Y', null],
    ['for 1.5 hours', '1.5 hours', 'PT1.5H', null],
    ['a one-year extension', 'one-year', 'P1Y', null],
  ] as const) {
    it(`reads "${span}" as a date lasting ${value}`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.qualifier, f.unit], ['date', value, qualifier, null]);
    });
  }

  it('reads a range of durations as a date from the shorter to the longer', () => {
    assert.deepEqual(figureReading('adding 10 to 14 days to the voyage', '10 to 14 days').value, { start: 'P10D', end: 'P14D' });
  });

  for (const [sentence, span] of [
    ['two years ago', 'two years ago'],
    ['Three weeks ago the town fell', 'Three weeks ago'],
    ['two days later, talks resumed', 'two days later'],
  ] as const) {
    it(`reads "${span}" whole as a date the article's date would resolve`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value], ['date', null]);
    });
  }

  for (const text of ['a decade of war', 'one day we will return', 'a 19-year-old soldier', 'a six-month-old baby', 'he is 30 years old', 'Updated 3 hours ago']) {
    it(`reads no duration in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});

describe('findFigures: vague counts', () => {
  for (const [sentence, span, unit] of [
    ['free dozens of hostages, officials said', 'dozens', 'hostages'],
    ['the army had "neutralised dozens of terrorists"', 'dozens', 'terrorists'],
    ['hundreds of Shahed drones', 'hundreds', 'drones'],
    ['Thousands of troops crossed', 'Thousands', 'troops'],
    ['hundreds of thousands of refugees', 'hundreds of thousands', 'refugees'],
    ['a few dozen protesters', 'a few dozen', 'protesters'],
    ['several thousand North Korean soldiers', 'several thousand', 'soldiers'],
  ] as const) {
    it(`reads "${span}" as a count of ${unit} without a value`, () => {
      const f = figureReading(sentence, span);
      assert.deepEqual([f.type, f.value, f.unit], ['count', null, unit]);
    });
  }

  for (const text of [
    'forcing thousands more to flee',
    'dozens were killed',
    'they came by the thousands',
    'billions of dollars in aid',
    'hundreds of kilometres of road',
    'it happened dozens of times',
    'the Thousand Islands',
  ]) {
    it(`reads no count in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), []);
    });
  }
});
