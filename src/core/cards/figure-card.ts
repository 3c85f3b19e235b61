import { FigureRef } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { escapeMarkdown, formatFigureValue } from '../recognition/describe-mention';
import { CardLinks, markdownLink } from './card-links';
import { capped } from './capped-rows';
import { figureWithSource } from './source-label';

/** Markdown hover card of a figure, compared with the figures other sources give for the same thing. */
export function figureCard(ref: FigureRef, index: WorkspaceIndex, links: CardLinks): string {
  const { figure } = ref;
  const lines = [
    `**${escapeMarkdown(figure.text)}** — ${figure.type}`,
    '',
    `| value | qualifier | unit |`,
    `|---|---|---|`,
    `| ${escapeMarkdown(formatFigureValue(figure.value))} | ${escapeMarkdown(figure.qualifier ?? '—')} | ${escapeMarkdown(figure.unit ?? '—')} |`,
  ];
  const related = index.relatedFigures(ref);
  if (related.length > 0) {
    lines.push('', '**Other sources**', '');
    lines.push(escapeMarkdown([ref, ...related].map((r) => figureWithSource(r, index)).join(' vs ')), '');
    lines.push(
      ...capped(related.map((r) => `- ${markdownLink(figureWithSource(r, index), links.openFigure(r))}: “${escapeMarkdown(r.figure.text)}”`)),
    );
  }
  return lines.join('\n');
}
