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
    assert.deepEqual(figureTexts('on Monday and on Tuesday'), ['Monday', 'Tuesday']);
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

describe('findFigures: years, clock times and counts of release and contract language', () => {
  for (const [text, span, type, value, unit] of [
    ['Most of the 2025 strikes have targeted', '2025', 'date', '2025', null],
    ['Fiscal 2026 procurement funds', 'Fiscal 2026', 'date', '2026', null],
    ['Type of appropriation is fiscal 2026 through 2031 Army funds', 'fiscal 2026 through 2031', 'date', { start: '2026', end: '2031' }, null],
    ['ORTIZ MENDOZA, Hernán José; DOB 02 Nov 1971; POB', '02 Nov 1971', 'date', '1971-11-02', null],
    ['(a.k.a. "EL FLACO"); DOB 1975; nationality', '1975', 'date', '1975', null],
    ['boarded and sanitised the vessel by 1530 hrs. The pirates', '1530 hrs', 'date', null, null],
    ['reported at 0712 hrs IST that six armed men', '0712 hrs IST', 'date', null, null],
    ['The operation began at around 5:30 in the morning, after', 'around 5:30 in the morning', 'date', null, null],
    ['he inaugurated a 300-bed hospital', '300', 'count', 300, 'bed'],
    ['the Joint Expeditionary Force, a 10-nation group', '10', 'count', 10, 'nation'],
    ['clashes between two families in the neighbourhood', 'two', 'count', 2, 'families'],
    ['expected to take between five and 15 days and cost', 'between five and 15 days', 'date', { start: 'P5D', end: 'P15D' }, null],
  ] as const) {
    it(`reads "${span}" in "${text}"`, () => {
      const figure = figureReading(text, span);
      assert.deepEqual([figure.type, figure.value, figure.unit], [type, value, unit]);
    });
  }

  for (const [text, expected] of [
    ['the 2000 troops arrived', ['2000']],
    ['a 10-fold rise', []],
    ['prosecuted under the Maritime Anti-Piracy Act, 2022. Our ships', []],
    ['Privacy policy © Médecins Sans Frontières 2026', []],
    ['Stephanie Kirchgaessner in Washington Thu 3 Dec 2026 18.02 GMT', []],
    ['The drones landed at Base Aérienne 101 in the capital', []],
    ['between 3,000 and the border', []],
  ] as const) {
    it(`reads ${JSON.stringify(expected)} in "${text}"`, () => {
      assert.deepEqual(figureTexts(text), expected);
    });
  }
});

describe('findFigures: a weekday before its date, ordinals ending in "-second", citation access dates', () => {
  it('reads a weekday and the calendar date after it as one date', () => {
    const full = figureReading('The ministry said on Friday, 13 March 2026, that talks had failed', 'Friday, 13 March 2026');
    assert.deepEqual([full.type, full.value], ['date', '2026-03-13']);
    assert.equal(figureReading('mourning from Sunday 15 March onwards', 'Sunday 15 March').value, null);
    assert.equal(figureReading('talks resume Tuesday, May 5, 2026 in Doha', 'Tuesday, May 5, 2026').value, '2026-05-05');
  });

  it('keeps a weekday apart from a count or a year after it', () => {
    assert.deepEqual(figureTexts('on Saturday, 12 soldiers died'), ['Saturday', '12']);
    assert.deepEqual(figureTexts('by Sunday 2025 had ended'), ['Sunday', '2025']);
  });

  it('reads "the twenty-second" as an ordinal, "a thirty-second" as a duration', () => {
    assert.deepEqual(figureTexts('it was the twenty-second vessel built'), []);
    assert.equal(figureReading('a thirty-second clip', 'thirty-second').value, 'PT30S');
  });

  it('leaves out the date a cited page was retrieved or accessed, not a count after "retrieved"', () => {
    assert.deepEqual(figureTexts('"Floods hit the valley". Retrieved 4 June 2025.'), []);
    assert.deepEqual(figureTexts('(accessed on 12 May 2024)'), []);
    assert.equal(figureReading('divers retrieved 12 bodies', '12').unit, 'bodies');
  });
});

describe('findFigures: an interval of four-digit clock times with one zone', () => {
  it('reads "between 0115 and 0340 UTC" as one date, the zone marking both ends', () => {
    const interval = figureReading('Time of attack: between 0115 and 0340 UTC, off Lomé', 'between 0115 and 0340 UTC');
    assert.deepEqual([interval.type, interval.value], ['date', null]);
    assert.equal(figureReading('flights halted 1900 to 2130 GMT', '1900 to 2130 GMT').type, 'date');
  });

  it('keeps two four-digit numbers without a zone a count or range', () => {
    assert.deepEqual(figureTexts('between 1500 and 2000 fighters'), ['between 1500 and 2000']);
  });
});
