import { FigureRef } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { escapeMarkdown, figureFacts } from '../recognition/describe-mention';
import { CardLinks, markdownLink } from './card-links';
import { capped } from './capped-rows';
import { figureWithSource } from './source-label';

/**
 * Markdown hover card of a figure: what it says (value, qualifier, unit in words), then what other sources give
 * for the same thing on one line, then one link per other source.
 */
export function figureCard(ref: FigureRef, index: WorkspaceIndex, links: CardLinks): string {
  const { figure } = ref;
  const lines = [`**${escapeMarkdown(figure.text)}** — ${figure.type}`, '', figureFacts(figure)];
  const related = index.relatedFigures(ref);
  if (related.length > 0) {
    lines.push('', `Other sources: ${escapeMarkdown([ref, ...related].map((r) => figureWithSource(r, index)).join(' vs '))}`);
    lines.push('', '---', '');
    lines.push(
      ...capped(related.map((r) => `- ${markdownLink(figureWithSource(r, index), links.openFigure(r))}: “${escapeMarkdown(r.figure.text)}”`)),
    );
  }
  return lines.join('\n');
}
