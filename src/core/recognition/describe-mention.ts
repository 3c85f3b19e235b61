/** Plain-text and Markdown descriptions of mentions, shared by the editor's hover, quick pick and the CLI. */
import { EntityMention, FigureMention, FigureValue, Recognition } from './types';

export type Mention = EntityMention | FigureMention;

export function isFigure(mention: Mention): mention is FigureMention {
  return 'value' in mention;
}

/** The entity or figure covering an offset (binary search; lists are sorted and non-overlapping). */
export function mentionAt(recognition: Recognition, offset: number): Mention | undefined {
  return findCovering(recognition.entities, offset) ?? findCovering(recognition.figures, offset);
}

function findCovering<T extends { start: number; end: number }>(mentions: T[], offset: number): T | undefined {
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mention = mentions[middle];
    if (offset < mention.start) high = middle - 1;
    else if (offset > mention.end) low = middle + 1;
    else return mention;
  }
  return undefined;
}

/** Human form of a normalized figure value ("10900–12000", "2024-10-23"). */
export function formatFigureValue(value: FigureValue | null): string {
  if (value === null) return 'not normalized';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string') return value;
  if ('min' in value) return `${value.min.toLocaleString('en-US')} – ${value.max.toLocaleString('en-US')}`;
  return `${value.start} – ${value.end}`;
}

/**
 * Why a figure has no value, in words: vague counts ("dozens") and relative dates ("last week", "Tuesday",
 * a month without its year) are recognized on purpose without one, and the ledger leaves them out.
 */
export function missingValueReason(figure: Pick<FigureMention, 'type'>): string {
  if (figure.type === 'count') return 'no exact number';
  if (figure.type === 'date') return 'no calendar value';
  return 'not normalized';
}

/** One line: "count · 11,000 troops · qualifier: approximately"; "count · no exact number · unit: drones". */
export function summarizeFigure(figure: FigureMention): string {
  const parts =
    figure.value === null
      ? [figure.type, missingValueReason(figure), ...(figure.unit ? [`unit: ${figure.unit}`] : [])]
      : [figure.type, [formatFigureValue(figure.value), figure.unit].filter(Boolean).join(' ')];
  if (figure.qualifier) parts.push(`qualifier: ${figure.qualifier}`);
  return parts.join(' · ');
}

/** Markdown line naming a figure's value, qualifier and unit in words: "value **11,000** · qualifier *approximately* · unit *soldiers*". */
export function figureFacts(figure: FigureMention): string {
  const parts = [figure.value === null ? `*${missingValueReason(figure)}*` : `value **${escapeMarkdown(formatFigureValue(figure.value))}**`];
  if (figure.qualifier) parts.push(`qualifier *${escapeMarkdown(figure.qualifier)}*`);
  if (figure.unit) parts.push(`unit *${escapeMarkdown(figure.unit)}*`);
  return parts.join(' · ');
}

/** Markdown card for one mention, naming its type in words. */
export function describeMention(mention: Mention): string {
  const title = `**${escapeMarkdown(mention.text)}** — ${mention.type}`;
  return isFigure(mention) ? `${title}\n\n${figureFacts(mention)}` : `${title}\n\nidentity: ${codeSpan(mention.key)}`;
}

/** Escapes the characters Markdown would otherwise interpret (`$` too: `$(name)` is an icon in our hovers). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, (character) => `\\${character}`);
}

/**
 * A Markdown code span showing `text` literally. Code spans take no backslash escapes, so the fence is one
 * backtick longer than any run inside, and padded when the text starts or ends with a backtick or space.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
