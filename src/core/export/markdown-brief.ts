/** A Markdown brief of the ledger: per subject the headline and why, every report with its citation, and what contradicts. */
import { articleName } from '../index/article-name';
import { subjectSummary } from '../ledger/build-ledger';
import type { FigureReport, Ledger, Subject } from '../ledger/ledger-types';
import { sourceOf } from '../ledger/subject-card';

/** Markdown table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function citation(report: FigureReport): string {
  return [report.outlet, report.published, `${articleName(report.path)} @${report.start}`].filter(Boolean).join(', ');
}

/** The brief of one subject (a `##` section). */
export function subjectBrief(subject: Subject): string {
  const lines = [`## ${subject.label}`, '', `${subjectSummary(subject)}${subject.unit ? ` · unit: ${subject.unit}` : ''} · id \`${subject.id}\``, ''];
  if (subject.excluded) lines.push('*Excluded by the analyst.*', '');
  if (subject.headline) {
    const headline = subject.reports[subject.headline.report];
    lines.push(`**Headline: ${headline.text}** (${citation(headline)}). ${subject.headline.reason}`, '');
  }
  lines.push('| # | figure | said by | source | published | grade |', '|---|---|---|---|---|---|');
  subject.reports.forEach((r, i) => {
    const figure = `${r.text}${r.forecast ? ' (forecast)' : ''}`;
    lines.push(`| ${i + 1} | ${cell(figure)} | ${cell(r.attribution ?? '—')} | ${cell(sourceOf(r))} | ${r.published ?? '—'} | ${r.grade ?? '—'} |`);
  });
  lines.push('');
  if (subject.contradictions.length > 0) {
    lines.push('**Contradictions**', '');
    for (const c of subject.contradictions) lines.push(`- #${c.reports[0] + 1} vs #${c.reports[1] + 1}: ${c.reason}`);
    lines.push('');
  }
  lines.push('**Citations**', '');
  subject.reports.forEach((r, i) => lines.push(`${i + 1}. “${r.text}” — ${citation(r)}`));
  return `${lines.join('\n')}\n`;
}

/** The workspace brief: every subject that is not excluded, the most contradicted first. */
export function ledgerBrief(ledger: Ledger, title = 'Figure ledger'): string {
  const subjects = ledger.subjects.filter((s) => !s.excluded).sort((a, b) => b.contradictions.length - a.contradictions.length);
  const contradictions = subjects.reduce((sum, s) => sum + s.contradictions.length, 0);
  const head = `# ${title}\n\n${subjects.length} subject${subjects.length === 1 ? '' : 's'}, ${contradictions} contradiction${contradictions === 1 ? '' : 's'}.\n`;
  return [head, ...subjects.map(subjectBrief)].join('\n');
}
