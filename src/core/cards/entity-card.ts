import { MentionRef, MergedEntity } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { escapeMarkdown } from '../recognition/describe-mention';
import { CardLinks, markdownLink } from './card-links';
import { capped } from './capped-rows';
import { articleFileName, articleLinkWithOutlet, articleNamer, figureSource, sourceLabel } from './source-label';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Markdown hover card of an entity merged across the workspace. A hover shows a few lines before it scrolls:
 * the facts that matter come first (who or what, every spelling, how much of the workspace names it), then the
 * links, then the details.
 */
export function entityCard(entity: MergedEntity, index: WorkspaceIndex, links: CardLinks): string {
  const perArticle = new Map<string, MentionRef[]>();
  for (const mention of entity.mentions) perArticle.set(mention.path, [...(perArticle.get(mention.path) ?? []), mention]);
  // The articles naming it most first: those are about it (a stable sort keeps the rest in path order).
  const articles = [...perArticle].sort(([, a], [, b]) => b.length - a.length);
  const name = articleNamer(index);
  const reach = [`${plural(entity.mentions.length, 'mention')} in ${plural(perArticle.size, 'article')}`, plural(entity.claims.length, 'claim')];
  if (entity.figures.length > 0) reach.push(`${plural(entity.figures.length, 'figure')} nearby`);
  const lines = [
    `**${escapeMarkdown(entity.canonical)}** — ${entity.type}`,
    '',
    `Spellings: ${entity.spellings.map(escapeMarkdown).join(' · ')}`,
    '',
    reach.join(' · '),
    '',
    [
      markdownLink('Show all mentions', links.showMentions(entity)),
      markdownLink('Search claims', links.searchClaims(entity)),
      markdownLink('Add claim', links.addClaim(entity)),
    ].join(' · '),
    '',
    '---',
    '',
    '**Mentions**',
    '',
    ...capped(articles.map(([path, mentions]) => `- ${articleLinkWithOutlet(path, name(path), links.openMention(mentions[0]), index)}: ${mentions.length}`)),
  ];
  if (entity.claims.length > 0) {
    lines.push('', '**Claims**', '');
    lines.push(
      ...capped(
        entity.claims.map((claim) => {
          const by = [claim.annotation.attribution, sourceLabel(claim.path, index, { short: true })].filter(Boolean).join(', ');
          return `- ${escapeMarkdown(claim.annotation.text)} — ${escapeMarkdown(by)}`;
        }),
      ),
    );
  }
  if (entity.figures.length > 0) {
    lines.push('', '**Figures nearby**', '');
    lines.push(...capped(nearbyFigureRows(entity, index, links)));
  }
  return lines.join('\n');
}

/**
 * One row per figure as written and who gave it where, linked to the first span; a date an article repeats
 * beside the name ("Nov. 4" three times) is one row with its count, not three rows reading alike.
 */
function nearbyFigureRows(entity: MergedEntity, index: WorkspaceIndex, links: CardLinks): string[] {
  const rows = new Map<string, { link: string; source: string; count: number }>();
  for (const ref of entity.figures) {
    const source = figureSource(ref, index);
    const reads = JSON.stringify([ref.figure.text, source]);
    const row = rows.get(reads);
    if (row) row.count++;
    else rows.set(reads, { link: markdownLink(ref.figure.text, links.openFigure(ref), articleFileName(ref.path)), source, count: 1 });
  }
  return [...rows.values()].map(({ link, source, count }) => `- ${link} — ${escapeMarkdown(source)}${count > 1 ? ` (${count} times)` : ''}`);
}
