import { strict as assert } from 'node:assert';
import { buildLedger } from '../../../src/core/ledger/build-ledger';
import { ledgerChartSvg } from '../../../src/core/ledger/ledger-chart';
import { reportInterval, disjoint } from '../../../src/core/ledger/report-interval';
import { subjectCard, SubjectCardLinks } from '../../../src/core/ledger/subject-card';
import { readArticles, SEEDS } from './ledger-articles';

const links: SubjectCardLinks = {
  openReport: (r) => `open:${r.key}`,
  openSubject: (s) => `ledger:${s.id}`,
};

describe('subject card (figure hover)', () => {
  const ledger = buildLedger(readArticles(SEEDS), { root: SEEDS });
  const troops = ledger.subjects.find((s) => s.id === 'troops/north-korea')!;

  it('lists only the same subject, this report first, contradicting ones marked in words', () => {
    const current = troops.reports.findIndex((r) => r.text === 'around 10,000');
    const card = subjectCard(troops, current, links);
    const rows = card.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| |'));
    assert.match(rows[0], /^\| this \| \[around 10,000\]\(open:002_9b88effd1810f380\.txt#around 10,000\)/);
    assert.ok(rows.some((row) => row.startsWith('| ⚠\u00a0contradicts | [12,000 to 15,000]')), card);
    assert.ok(rows.length <= 6);
    assert.match(card, /… and 7 more in the ledger/);
    assert.ok(!card.includes('4,000'), 'workers are another subject');
    assert.ok(!card.includes('1,500'), 'the first group is another subject');
    // Why they contradict is the diagnostics' line in the same hover: not repeated here.
    assert.ok(!card.includes('is below'), card);
    // Dates and marks do not break over two lines in a narrow hover.
    assert.match(rows[0], /\| 2024\u201111\u201120 \|/);
    assert.ok(rows.some((row) => row.startsWith('| ⚠\u00a0contradicts |')), card);
    assert.match(card, /\[open ledger\]\(ledger:troops\/north-korea\)/);
    assert.match(card, /Headline: \*\*around 10,000\*\*/);
  });

  it('marks forecasts', () => {
    const current = troops.reports.findIndex((r) => r.text === 'around 10,900');
    assert.match(subjectCard(troops, current, links), /\[around 10,900\]\([^)]*\) \(forecast\)/);
  });
});

describe('report intervals', () => {
  const read = (value: number | { min: number; max: number }, qualifier: string | null) => reportInterval({ value, qualifier })!;

  it('reads qualifiers as the values they allow', () => {
    assert.deepEqual(read(11000, 'at least'), { min: 11000, max: Infinity, minOpen: false, maxOpen: true, reading: 'lower-bound' });
    assert.equal(read(11000, 'over').minOpen, true);
    assert.deepEqual([read(10000, 'around').min, read(10000, 'around').max], [9000, 11000]);
    assert.deepEqual([read(10000, 'nearly').min, read(10000, 'nearly').max], [9000, 10000]);
    assert.equal(read(40, 'up to').max, 40);
    assert.deepEqual([read({ min: 10900, max: 12000 }, null).min, read({ min: 10900, max: 12000 }, null).max], [10900, 12000]);
    assert.equal(reportInterval({ value: '2024-10', qualifier: null }), undefined);
  });

  it('treats touching bounds as compatible unless one excludes them', () => {
    assert.equal(disjoint(read(10000, 'around'), read(11000, 'at least')), false);
    assert.equal(disjoint(read(10000, 'around'), read(11000, 'more than')), true);
    assert.equal(disjoint(read({ min: 10900, max: 12000 }, null), read({ min: 12000, max: 15000 }, null)), false);
  });
});

describe('ledger chart', () => {
  const ledger = buildLedger(readArticles(SEEDS), { root: SEEDS });
  const troops = ledger.subjects.find((s) => s.id === 'troops/north-korea')!;
  const svg = ledgerChartSvg(troops);

  it('draws one mark per report, shaped by what the qualifier allows, numbered like the table', () => {
    const marks = [...svg.matchAll(/<g class="mark ([^"]*)" data-report="(\d+)">/g)].map((m) => ({ classes: m[1].split(' '), report: Number(m[2]) }));
    assert.equal(marks.length, troops.reports.length);
    const of = (text: string) => marks.find((m) => troops.reports[m.report].text === text)!.classes;
    assert.ok(of('At least 11,000').includes('lower-bound'));
    assert.ok(of('12,000 to 15,000').includes('range'));
    assert.ok(of('around 10,900').includes('forecast'));
    assert.ok(of('around 10,000').includes('contradicted'));
    assert.ok(!of('at least 3,000').includes('contradicted'));
    assert.match(svg, /<text class="mark-label"[^>]*>5!<\/text>/);
  });

  it('is an accessible image with a description of its marks and no script', () => {
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="chart-title chart-desc">/);
    assert.match(svg, /<desc id="chart-desc">Dot: exact figure; bar: range/);
    assert.ok(!/<script|href=/.test(svg));
  });

  it('orders marks by publication date', () => {
    const xs = new Map([...svg.matchAll(/data-report="(\d+)"><title>[^<]*<\/title><(?:circle cx|line x1|path d="M)="?([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
    const budanov = troops.reports.findIndex((r) => r.published === '2024-10-18');
    const november = troops.reports.findIndex((r) => r.published === '2024-11-21');
    assert.ok(xs.get(budanov)! < xs.get(november)!, JSON.stringify([...xs]));
  });

  it('escapes text and draws nothing without numbers', () => {
    const subject = { ...troops, label: 'A <b> & "c"', reports: troops.reports.slice(0, 1) };
    assert.match(ledgerChartSvg(subject), /A &lt;b&gt; &amp; &quot;c&quot;/);
    assert.equal(ledgerChartSvg({ ...troops, reports: [{ ...troops.reports[0], value: null }] }), '');
  });
});
