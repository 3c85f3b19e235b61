/** The figure hover's ledger section: only the same subject's reports, as a short table. */
import { articleName } from '../index/article-name';
import { escapeMarkdown } from '../recognition/describe-mention';
import { subjectSummary } from './build-ledger';
import type { FigureReport, Subject } from './ledger-types';

/** Links the card offers, supplied by the host (`command:` URIs in the extension, plain strings in tests). */
export interface SubjectCardLinks {
  openReport(report: FigureReport): string;
  openSubject(subject: Subject): string;
}

// A narrow hover squeezes the table: a date or a mark broken over two lines reads as two values.
const NO_BREAK = '\u00a0';
const NO_BREAK_HYPHEN = '\u2011';

/** Rows shown before "and N more in the ledger". */
const MAX_ROWS = 6;

/**
 * Markdown for the hover of report `current` of `subject`: summary line, headline, then one row per
 * report (this one first and marked), with "contradicts" spelled out so it never rests on colour. Why they
 * contradict is left to the contradiction diagnostics on the same span, which the same hover shows above.
 * `sourceName` names a report's source (the extension gives headlines where the outlet is unknown).
 */
export function subjectCard(subject: Subject, current: number, links: SubjectCardLinks, sourceName: (report: FigureReport) => string = sourceOf): string {
  const conflicting = new Set(
    subject.contradictions.filter((c) => c.reports.includes(current)).map((c) => (c.reports[0] === current ? c.reports[1] : c.reports[0])),
  );
  const order = [current, ...subject.reports.map((_, i) => i).filter((i) => i !== current)];
  const shown = order.slice(0, MAX_ROWS);
  const lines = [
    `**${escapeMarkdown(subject.label)}** — ${escapeMarkdown(subjectSummary(subject))} · [open ledger](${links.openSubject(subject)})`,
    '',
  ];
  if (subject.headline) {
    const headline = subject.reports[subject.headline.report];
    lines.push(`Headline: **${escapeMarkdown(headline.text)}** (${escapeMarkdown(sourceName(headline))}) — ${escapeMarkdown(subject.headline.reason)}`, '');
  }
  lines.push('| | figure | source | date | said by |', '|---|---|---|---|---|');
  for (const i of shown) {
    const report = subject.reports[i];
    const mark = i === current ? 'this' : conflicting.has(i) ? `⚠${NO_BREAK}contradicts` : '';
    const figure = `[${escapeMarkdown(report.text)}](${links.openReport(report)})${report.forecast ? ' (forecast)' : ''}`;
    const date = report.published ? escapeMarkdown(report.published).replace(/\\?-/g, NO_BREAK_HYPHEN) : '—';
    lines.push(`| ${mark} | ${figure} | ${escapeMarkdown(sourceName(report))} | ${date} | ${escapeMarkdown(report.attribution ?? '—')} |`);
  }
  if (order.length > shown.length) lines.push('', `… and ${order.length - shown.length} more in the ledger`);
  return lines.join('\n');
}

/** "The Korea Times" when the sidecar names the outlet, else the article name. */
export function sourceOf(report: FigureReport): string {
  return report.outlet ?? articleName(report.path);
}
