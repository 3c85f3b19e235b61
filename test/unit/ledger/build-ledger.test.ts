import { strict as assert } from 'node:assert';
import type { AttributionFinder } from '../../../src/core/attribution/attribution-types';
import { buildLedger, subjectOfSpan, subjectSummary } from '../../../src/core/ledger/build-ledger';
import { groupFigures } from '../../../src/core/ledger/group-figures';
import type { Subject } from '../../../src/core/ledger/ledger-types';
import { articleFrom, FIXTURES, readArticles, SEEDS, tbilisiArticles } from './ledger-articles';

function subject(subjects: Subject[], id: string): Subject {
  const found = subjects.find((s) => s.id === id);
  assert.ok(found, `no subject ${id} among ${subjects.map((s) => s.id).join(', ')}`);
  return found;
}

const texts = (s: Subject) => s.reports.map((r) => r.text);
const pairs = (s: Subject) => s.contradictions.map((c) => c.reports.map((i) => s.reports[i].text).join(' / '));

describe('figure ledger on the seeds', () => {
  const ledger = buildLedger(readArticles(SEEDS), { root: SEEDS });
  const troops = subject(ledger.subjects, 'troops/north-korea');

  it('groups soldiers, troops and a force of North Korea into one subject across the five articles', () => {
    assert.equal(troops.label, 'North Korean troops');
    assert.deepEqual(new Set(troops.reports.map((r) => r.path.slice(SEEDS.length + 1, SEEDS.length + 4))), new Set(['000', '001', '002', '003', '004']));
    for (const text of ['approximately 11,000', 'over 11,000', 'around 10,000', 'At least 11,000', '11,000', '12,000 to 15,000']) {
      assert.ok(texts(troops).includes(text), `${text} missing from ${texts(troops).join(', ')}`);
    }
  });

  it('gives a unitless range the unit of the figure before it in its sentence', () => {
    assert.ok(texts(troops).includes('10,900 to 12,000'));
  });

  it('keeps the first group of 1,500 apart from the total, and workers apart from troops', () => {
    assert.ok(!texts(troops).includes('1,500'));
    assert.ok(!texts(troops).includes('about 4,000'));
    const groups = groupFigures(readArticles(SEEDS));
    assert.deepEqual(texts(subject(groups as Subject[], 'troops/north-korea/first-group')), ['1,500']);
  });

  it('leaves calibre designations out (170mm self-propelled guns)', () => {
    assert.ok(ledger.subjects.every((s) => s.reports.every((r) => r.text !== '170mm')));
  });

  it('marks expectations as forecasts and does not hold them against current counts', () => {
    const forecasts = troops.reports.filter((r) => r.forecast).map((r) => r.text);
    assert.deepEqual(forecasts, ['around 10,900', '12,000', '12,000']);
    for (const c of troops.contradictions) {
      assert.equal(troops.reports[c.reports[0]].forecast ?? false, troops.reports[c.reports[1]].forecast ?? false);
    }
  });

  it('flags reports of the same days that cannot both be true, with readable reasons', () => {
    const flagged = pairs(troops);
    assert.ok(flagged.includes('12,000 to 15,000 / around 10,000'), flagged.join('\n'));
    assert.ok(flagged.includes('over 11,000 / around 10,000'), flagged.join('\n'));
    assert.ok(flagged.includes('11,000 / 12,000'), flagged.join('\n'));
    const below = troops.contradictions.find((c) => troops.reports[c.reports[0]].text === 'over 11,000');
    assert.match(below!.reason, /“around 10,000”.*is below “over 11,000”.*9,000–11,000 vs more than 11,000/);
    // Figures weeks apart from different sources are growth, not contradiction.
    assert.ok(!flagged.some((p) => p.includes('Some 3,000')), flagged.join('\n'));
  });

  it('picks the most conservative current estimate of the latest reports as headline', () => {
    assert.ok(troops.headline);
    assert.equal(troops.reports[troops.headline.report].text, 'around 10,000');
    assert.match(troops.headline.reason, /most conservative/i);
    assert.match(troops.headline.reason, /forecasts left out/);
  });

  it('takes attribution from the claim around the figure when no finder is given', () => {
    const report = troops.reports.find((r) => r.text === 'approximately 11,000')!;
    assert.equal(report.attribution, 'NIS, closed-door Intelligence Committee session');
    assert.equal(report.grade, 'C2');
  });

  it('summarizes a subject for the tree and finds the subject of a span', () => {
    assert.match(subjectSummary(troops), /^3,000–15,000 · 13 reports · \d+ contradictions$/);
    const report = troops.reports[0];
    assert.equal(subjectOfSpan(ledger, report.path, report.start + 1)?.subject.id, troops.id);
  });

  it('builds the same ids when built again (stable across re-indexing)', () => {
    const again = buildLedger(readArticles(SEEDS), { root: SEEDS });
    assert.deepEqual(again.subjects.map((s) => s.id), ledger.subjects.map((s) => s.id));
    assert.deepEqual(subject(again.subjects, troops.id).reports.map((r) => r.key), troops.reports.map((r) => r.key));
  });
});

describe('figure ledger on a story not in the seeds (Tbilisi protests)', () => {
  const ledger = buildLedger(tbilisiArticles(), { root: FIXTURES });
  const protesters = subject(ledger.subjects, 'protester');

  it('groups crowd counts of three articles and keeps Russian troops out', () => {
    assert.equal(protesters.label, 'protesters');
    assert.deepEqual(texts(protesters), ['25,000 to 30,000', '800', 'about 8,000', 'about 5,000', 'more than 20,000']);
    assert.ok(ledger.subjects.every((s) => !texts(s).includes('1,200')));
  });

  it('flags police against organizers in one article as below a lower bound', () => {
    const c = protesters.contradictions.find((x) => pairs({ ...protesters, contradictions: [x] })[0] === 'about 5,000 / more than 20,000');
    assert.ok(c, pairs(protesters).join('\n'));
    assert.match(c.reason, /is below “more than 20,000”.* in the same article/);
  });

  it('flags a count below another source\'s "at least"', () => {
    const officers = subject(ledger.subjects, 'officer');
    assert.deepEqual(pairs(officers), ['2 / At least 3']);
    assert.match(officers.contradictions[0].reason, /“2”.*is below “At least 3”/);
  });

  it('flags a count above another\'s "up to"', () => {
    const people = subject(ledger.subjects, 'people');
    assert.deepEqual(texts(people), ['14', 'up to 40', '14']);
    assert.deepEqual(pairs(people), []);
    const more = buildLedger([
      articleFrom('a.txt', 'The ministry said up to 10 people were detained.', { outlet: 'A', published: '2025-03-02' }),
      articleFrom('b.txt', 'Lawyers said 14 people were detained on Saturday.', { outlet: 'B', published: '2025-03-03' }),
    ]);
    const reasons = subject(more.subjects, 'people').contradictions.map((c) => c.reason);
    assert.deepEqual(reasons, ['“14” (B) is above “up to 10” (A): 14 vs 10 or fewer.']);
  });

  it('flags the same source changing its figure, even a week apart', () => {
    const finder: AttributionFinder = (text, span) => {
      const police = text.lastIndexOf('Police', span.start);
      if (police === -1 || span.start - police > 40) return undefined;
      const source = { start: police, end: police + 6, text: 'Police' };
      return { sources: [source], cues: [], label: 'Police' };
    };
    const withFinder = buildLedger(tbilisiArticles(), { attributionFinder: finder });
    const crowd = subject(withFinder.subjects, 'protester');
    const change = crowd.contradictions.find((c) => /changed its figure/.test(c.reason));
    assert.ok(change, pairs(crowd).join('\n'));
    assert.equal(change.reason, 'Police changed its figure: “about 5,000” on 2025-03-02, then “about 8,000” on 2025-03-09 (4,500–5,500 vs 7,200–8,800).');
    assert.equal(crowd.reports.find((r) => r.text === 'about 5,000')?.attribution, 'Police');
  });

  it('leaves a subject only one article reports out by default', () => {
    assert.ok(!ledger.subjects.some((s) => s.id.startsWith('troops')));
    assert.ok(buildLedger(tbilisiArticles(), { minArticles: 1 }).subjects.some((s) => s.id === 'troops/russi'));
  });
});
