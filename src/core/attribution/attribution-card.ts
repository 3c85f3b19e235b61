/** Text for the places a claim or figure is shown: the chain the article states, with the words that state it. */
import { escapeMarkdown } from '../recognition/describe-mention';
import type { Attribution } from './attribution-types';

/** Markdown line for hover cards: `**Stated in text:** NIS → lawmakers · “was quoted as saying by”`; empty without one. */
export function attributionCardLine(attribution: Attribution | undefined): string {
  if (!attribution) return '';
  const cues = attribution.cues.map((cue) => `“${escapeMarkdown(cue.text)}”`).join(', ');
  return `**Stated in text:** ${escapeMarkdown(attribution.label)}${cues ? ` · ${cues}` : ''}`;
}

/**
 * Plain text for a tree item: the analyst's attribution when recorded, else the stated chain marked as read
 * from the text, so the two are never confused.
 */
export function attributionDescription(recorded: string | undefined, attribution: Attribution | undefined): string | undefined {
  if (recorded) return recorded;
  return attribution ? `${attribution.label} (stated)` : undefined;
}

/** Plain tooltip line: "Stated in text: NIS → lawmakers (“was quoted as saying by”)". */
export function attributionTooltipLine(attribution: Attribution | undefined): string | undefined {
  if (!attribution) return undefined;
  const cues = attribution.cues.map((cue) => `“${cue.text}”`).join(', ');
  return `Stated in text: ${attribution.label}${cues ? ` (${cues})` : ''}`;
}
