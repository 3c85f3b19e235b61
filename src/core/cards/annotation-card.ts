/** Text built from one annotation: shared by the editor's annotation hover, the Claims view tooltip and citations. */
import { IndexedClaim } from '../index/index-types';
import { escapeMarkdown } from '../recognition/describe-mention';
import { Annotation } from '../sidecar/annotation';

/** Markdown lines for who said it, its tags, and whether it lost its text (each block preceded by a blank line). */
export function annotationDetails(annotation: Annotation): string[] {
  const lines: string[] = [];
  if (annotation.attribution) lines.push('', `— *${escapeMarkdown(annotation.attribution)}*`);
  if (annotation.tags.length > 0) lines.push('', annotation.tags.map((tag) => `\`#${escapeMarkdown(tag)}\``).join(' '));
  if (annotation.orphaned) lines.push('', '$(warning) Orphaned: its quote is no longer in the article.');
  return lines;
}

/** “quote” — outlet (or the article's name), published date, URL; missing parts are left out. */
export function claimCitation(claim: IndexedClaim): string {
  const quote = claim.annotation.target.quote.replace(/\s+/g, ' ').trim();
  const source = claim.source;
  const where = [source?.outlet ?? claim.article, source?.published, source?.url].filter(Boolean).join(', ');
  return `“${quote}” — ${where}`;
}
