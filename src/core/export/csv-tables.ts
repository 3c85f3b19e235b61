/** Claims and figure reports as CSV (RFC 4180: CRLF rows, fields with commas, quotes or breaks quoted); lists joined with `|`. */
import { articleName } from '../index/article-name';
import type { LedgerArticle } from '../ledger/group-figures';
import type { FigureReport, Ledger } from '../ledger/ledger-types';
import { gradeCode } from '../sidecar/source-grade';

type Cell = string | number | boolean | null | undefined;

/** One RFC 4180 field. */
export function csvField(cell: Cell): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const CLAIM_COLUMNS = ['path', 'article', 'outlet', 'published', 'grade', 'id', 'kind', 'text', 'quote', 'start', 'end', 'attribution', 'tags', 'entities', 'figures', 'orphaned'];

/** Every annotation (claims and notes) of `articles`, one row each. */
export function claimsCsv(articles: LedgerArticle[]): string {
  const rows = articles.flatMap((article) =>
    (article.annotations ?? []).map((a) => [
      article.path,
      articleName(article.path),
      article.source?.outlet,
      article.source?.published,
      article.source ? gradeCode(article.source) : undefined,
      a.id,
      a.kind,
      a.text,
      a.target.quote,
      a.target.start,
      a.target.end,
      a.attribution,
      a.tags.join('|'),
      (a.entities ?? []).join('|'),
      (a.figures ?? []).join('|'),
      a.orphaned ?? false,
    ]),
  );
  return csv(CLAIM_COLUMNS, rows);
}

const REPORT_COLUMNS = ['subject', 'label', 'unit', 'path', 'start', 'end', 'text', 'value', 'qualifier', 'attribution', 'outlet', 'published', 'grade', 'forecast', 'headline', 'contradicts'];

/** Every figure report of the ledger with its subject; a range's value is `min|max`, contradicting reports' texts joined with `|`. */
export function figureReportsCsv(ledger: Ledger): string {
  const rows = ledger.subjects.flatMap((subject) =>
    subject.reports.map((report, i) => {
      const others = subject.contradictions.filter((c) => c.reports.includes(i)).map((c) => subject.reports[c.reports[0] === i ? c.reports[1] : c.reports[0]]);
      return [
        subject.id,
        subject.label,
        subject.unit,
        report.path,
        report.start,
        report.end,
        report.text,
        formatValue(report),
        report.qualifier,
        report.attribution,
        report.outlet,
        report.published,
        report.grade,
        report.forecast ?? false,
        subject.headline?.report === i,
        others.map((o) => o.key ?? o.text).join('|'),
      ];
    }),
  );
  return csv(REPORT_COLUMNS, rows);
}

function formatValue(report: FigureReport): string {
  const { value } = report;
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return 'min' in value ? `${value.min}|${value.max}` : `${value.start}|${value.end}`;
}
