import { FigureRef, MentionRef, MergedEntity } from '../index/index-types';
import { escapeMarkdown } from '../recognition/describe-mention';

/**
 * Link targets the cards offer, supplied by the host: the extension returns `command:` URIs
 * (built by its one link helper), tests return readable strings.
 */
export interface CardLinks {
  showMentions(entity: MergedEntity): string;
  searchClaims(entity: MergedEntity): string;
  addClaim(entity: MergedEntity): string;
  /** Opens the article of a figure at the figure. */
  openFigure(figure: FigureRef): string;
  /** Opens the article of a mention at the mention. */
  openMention(mention: MentionRef): string;
}

/**
 * A Markdown link: the label is escaped; parentheses and whitespace in the target are percent-encoded.
 * `title` is shown as the link's tooltip.
 */
export function markdownLink(label: string, target: string, title?: string): string {
  // encodeURIComponent leaves parentheses as they are: encode them by hand, or a `)` would end the link.
  const encoded = target.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const tooltip = title ? ` "${title.replace(/["\\]/g, (c) => `\\${c}`)}"` : '';
  return `[${escapeMarkdown(label)}](${encoded}${tooltip})`;
}
