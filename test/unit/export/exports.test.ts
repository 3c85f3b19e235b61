import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import { buildLedger } from '../../../src/core/ledger/build-ledger';
import { claimsCsv, csvField, figureReportsCsv } from '../../../src/core/export/csv-tables';
import { exportWorkspace } from '../../../src/core/export/export-workspace';
import { ledgerBrief, subjectBrief } from '../../../src/core/export/markdown-brief';
import { fileIri, toWebAnnotations } from '../../../src/core/export/web-annotation';
import type { LedgerArticle } from '../../../src/core/ledger/group-figures';
import type { Annotation } from '../../../src/core/sidecar/annotation';
import { articleFrom, readArticles, SEEDS } from '../ledger/ledger-articles';

const IRI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

/** The MUSTs of the Web Annotation Data Model (W3C Rec. 2017, §3.1, §4.2.4, §4.2.5) for what we emit. */
function modelViolations(annotation: Record<string, unknown>, text: (source: string) => string): string[] {
  const problems: string[] = [];
  const context = annotation['@context'];
  if (context !== 'http://www.w3.org/ns/anno.jsonld' && !(Array.isArray(context) && context.includes('http://www.w3.org/ns/anno.jsonld'))) problems.push('@context');
  if (typeof annotation.id !== 'string' || !IRI.test(annotation.id)) problems.push('id is not an IRI');
  const type = annotation.type;
  if (type !== 'Annotation' && !(Array.isArray(type) && type.includes('Annotation'))) problems.push('type');
  const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
  if (targets.length === 0 || targets[0] === undefined) problems.push('no target');
  for (const target of targets as Record<string, unknown>[]) {
    if (typeof target.source !== 'string' || !IRI.test(target.source)) problems.push('target.source is not an IRI');
    const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]) as Record<string, unknown>[];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!quote || typeof quote.exact !== 'string') problems.push('TextQuoteSelector.exact');
    if (!position || !Number.isInteger(position.start) || !Number.isInteger(position.end) || (position.start as number) < 0 || (position.end as number) < (position.start as number)) {
      problems.push('TextPositionSelector start/end');
    } else if (quote && text(target.source as string).slice(position.start as number, position.end as number) !== quote.exact) {
      problems.push('exact is not the article slice');
    }
  }
  for (const body of (Array.isArray(annotation.body) ? annotation.body : [annotation.body]) as Record<string, unknown>[]) {
    if (body.type === 'TextualBody' && typeof body.value !== 'string') problems.push('TextualBody.value');
  }
  return problems;
}

function claimOver(article: LedgerArticle, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return {
    id: `c-${start}`, kind: 'claim', text: 'Claim', tags: [], created: '2025-03-02T10:00:00Z', updated: '2025-03-02T10:00:00Z',
    target: { quote, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(start + quote.length, start + quote.length + 32), start, end: start + quote.length },
    ...extra,
  };
}

describe('W3C Web Annotation export', () => {
  const articles = readArticles(SEEDS);
  const texts = new Map(articles.map((a) => [fileIri(a.path), a.text]));
  const collection = toWebAnnotations(articles);

  it('exports every seed annotation with the fields the model requires and exact equal to the article slice', () => {
    assert.equal(collection.total, articles.reduce((n, a) => n + (a.annotations?.length ?? 0), 0));
    assert.ok(collection.total > 10);
    for (const annotation of collection.first.items) {
      assert.deepEqual(modelViolations(annotation as unknown as Record<string, unknown>, (s) => texts.get(s) ?? ''), [], annotation.id);
    }
    const ids = collection.first.items.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });

  it('the checker catches an exact that is not the slice and a missing position', () => {
    const bad = JSON.parse(JSON.stringify(collection.first.items[0]));
    bad.target.selector[1].start += 1;
    assert.deepEqual(modelViolations(bad, (s) => texts.get(s) ?? ''), ['exact is not the article slice']);
    bad.target.selector.pop();
    bad.id = 'not an iri';
    assert.deepEqual(modelViolations(bad, (s) => texts.get(s) ?? ''), ['id is not an IRI', 'TextPositionSelector start/end']);
  });

  it('keeps an orphaned annotation with its quote only, tags as tagging bodies', () => {
    const article = articleFrom('/ws/a.txt', 'Police said about 5,000 protesters gathered.');
    const orphan = { ...claimOver(article, 'about 5,000'), orphaned: true, tags: ['crowd'], attribution: 'Police' };
    const [annotation] = toWebAnnotations([{ ...article, annotations: [orphan] }]).first.items;
    assert.deepEqual(annotation.target.selector.map((s) => s.type), ['TextQuoteSelector']);
    assert.deepEqual(annotation.body.map((b) => [b.purpose, b.value]), [['describing', 'Claim'], ['describing', 'Attribution: Police'], ['tagging', 'crowd']]);
  });

  it('percent-encodes file IRIs', () => {
    assert.equal(fileIri('/home/a/kursk news.txt'), 'file:///home/a/kursk%20news.txt');
    assert.equal(fileIri('C:\\news\\a.txt'), 'file:///C:/news/a.txt');
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(null), '');
  });

  it('round-trips claims with commas, quotes, line breaks and lists through an independent parser', () => {
    const article = articleFrom('/ws/a.txt', 'Police said "about 5,000" protesters gathered, organizers said more.', { outlet: 'Outlet, Inc.', published: '2025-03-02' });
    const claim = claimOver(article, '"about 5,000" protesters', { text: 'Police: "5,000"\non Saturday', tags: ['crowd', 'police'], figures: ['about 5,000'] });
    const rows = parse(claimsCsv([{ ...article, annotations: [claim] }]), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0].text, 'Police: "5,000"\non Saturday');
    assert.equal(rows[0].quote, '"about 5,000" protesters');
    assert.equal(rows[0].outlet, 'Outlet, Inc.');
    assert.equal(rows[0].tags, 'crowd|police');
    assert.equal(rows[0].figures, 'about 5,000');
  });

  it('lists figure reports with range bounds joined by | and the reports they contradict', () => {
    const ledger = buildLedger(readArticles(SEEDS), { root: SEEDS });
    const text = figureReportsCsv(ledger);
    assert.ok(text.endsWith('\r\n') && text.includes('\r\n'));
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const range = rows.find((r) => r.text === '12,000 to 15,000')!;
    assert.equal(range.value, '12000|15000');
    assert.equal(range.contradicts, '002_9b88effd1810f380.txt#around 10,000');
    assert.equal(rows.filter((r) => r.headline === 'true').length, ledger.subjects.length);
  });
});

describe('Markdown brief', () => {
  const ledger = buildLedger(readArticles(SEEDS), { root: SEEDS });
  const troops = ledger.subjects.find((s) => s.id === 'troops/north-korea')!;

  it('gives the headline with its reason, a table of reports, the contradictions and citations', () => {
    const brief = subjectBrief(troops);
    assert.match(brief, /^## North Korean troops\n/);
    assert.match(brief, /\*\*Headline: around 10,000\*\* \(The Korea Times, 2024-11-20, 002_9b88effd1810f380 @1507\)\. Most conservative/);
    assert.match(brief, /\| 5 \| around 10,000 \| South Korea and the U\.S\. \| The Korea Times \| 2024-11-20 \| B2 \|/);
    assert.match(brief, /- #2 vs #5: “around 10,000”/);
    assert.match(brief, /13\. “12,000” — 2024-10-18, 004_d8dd040719903d34 @1447/);
  });

  it('escapes pipes in table cells', () => {
    const article = articleFrom('/ws/a.txt', 'Police said about 5,000 protesters gathered.', { outlet: 'A | B' });
    const other = articleFrom('/ws/b.txt', 'Organizers said 20,000 protesters gathered.', { outlet: 'C' });
    const brief = ledgerBrief(buildLedger([article, other]));
    assert.match(brief, /\| A \\\| B \|/);
    assert.match(brief, /^# Figure ledger\n\n1 subject, 1 contradiction\./);
  });

  it('exports one subject on request and says so when it does not exist', () => {
    const articles = readArticles(SEEDS);
    const one = exportWorkspace(articles, ledger, { format: 'markdown', subjectId: 'troops/north-korea' });
    assert.ok(one.ok && one.text.startsWith('## North Korean troops'));
    assert.deepEqual(exportWorkspace(articles, ledger, { format: 'markdown', subjectId: 'nope' }), { ok: false, message: 'No subject "nope" in the ledger.' });
  });
});
