import { FigureRef } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { escapeMarkdown, figureFacts } from '../recognition/describe-mention';
import { CardLinks, markdownLink } from './card-links';
import { capped } from './capped-rows';
import { articleFileName, figureSaid, figureSource, figureWithSource } from './source-label';

/** Other sources named on the comparison line. */
const COMPARED = 3;

/**
 * Markdown hover card of a figure: what it says (value, qualifier, unit in words), then what other sources give
 * for the same thing on one line, then one link per other source.
 */
export function figureCard(ref: FigureRef, index: WorkspaceIndex, links: CardLinks): string {
  const { figure } = ref;
  const lines = [`**${escapeMarkdown(figure.text)}** — ${figure.type}`, '', figureFacts(figure)];
  const related = index.relatedFigures(ref);
  if (related.length > 0) {
    // One line a reader takes in at a glance: the first few others, the rest counted (all are listed below).
    const compared = [ref, ...related.slice(0, COMPARED)].map((r) => figureWithSource(r, index)).join(' vs ');
    const more = related.length > COMPARED ? ` vs ${related.length - COMPARED} more` : '';
    lines.push('', `Other sources: ${escapeMarkdown(compared + more)}`);
    lines.push('', '---', '');
    lines.push(...capped(related.map((r) => `- ${relatedRow(r, index, links)}`)));
  }
  return lines.join('\n');
}

/** "[approximately 11,000](link) — NIS, Korea JoongAng Daily", with the wording when it reads otherwise (“12,000 to 15,000”). */
function relatedRow(ref: FigureRef, index: WorkspaceIndex, links: CardLinks): string {
  const said = figureSaid(ref);
  const wording = said.toLocaleLowerCase() === ref.figure.text.toLocaleLowerCase() ? '' : ` “${escapeMarkdown(ref.figure.text)}”`;
  return `${markdownLink(said, links.openFigure(ref), articleFileName(ref.path))}${wording} — ${escapeMarkdown(figureSource(ref, index))}`;
}
