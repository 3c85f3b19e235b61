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

/** Rows shown before "and N more in the ledger". */
const MAX_ROWS = 6;

/**
 * Markdown for the hover of report `current` of `subject`: summary line, headline, then one row per
 * report (this one first and marked), with "contradicts" spelled out so it never rests on colour.
 */
export function subjectCard(subject: Subject, current: number, links: SubjectCardLinks): string {
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
    lines.push(`Headline: **${escapeMarkdown(headline.text)}** (${escapeMarkdown(sourceOf(headline))}) — ${escapeMarkdown(subject.headline.reason)}`, '');
  }
  lines.push('| | figure | source | date | said by |', '|---|---|---|---|---|');
  for (const i of shown) {
    const report = subject.reports[i];
    const mark = i === current ? 'this' : conflicting.has(i) ? '⚠ contradicts' : '';
    const figure = `[${escapeMarkdown(report.text)}](${links.openReport(report)})${report.forecast ? ' (forecast)' : ''}`;
    lines.push(`| ${mark} | ${figure} | ${escapeMarkdown(sourceOf(report))} | ${escapeMarkdown(report.published ?? '—')} | ${escapeMarkdown(report.attribution ?? '—')} |`);
  }
  if (order.length > shown.length) lines.push('', `… and ${order.length - shown.length} more in the ledger`);
  for (const c of subject.contradictions.filter((c) => c.reports.includes(current))) lines.push('', `⚠ ${escapeMarkdown(c.reason)}`);
  return lines.join('\n');
}

/** "The Korea Times" when the sidecar names the outlet, else the article name. */
export function sourceOf(report: FigureReport): string {
  return report.outlet ?? articleName(report.path);
}
