import { MergedEntity } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { escapeMarkdown } from '../recognition/describe-mention';
import { CardLinks, markdownLink } from './card-links';
import { capped } from './capped-rows';
import { articleWithOutlet, figureWithSource, sourceLabel } from './source-label';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Markdown hover card of an entity merged across the workspace. A hover shows a few lines before it scrolls:
 * the facts that matter come first (who or what, every spelling, how much of the workspace names it), then the
 * links, then the details.
 */
export function entityCard(entity: MergedEntity, index: WorkspaceIndex, links: CardLinks): string {
  const perArticle = new Map<string, number>();
  for (const mention of entity.mentions) perArticle.set(mention.path, (perArticle.get(mention.path) ?? 0) + 1);
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
    ...capped([...perArticle].map(([path, count]) => `- ${articleWithOutlet(path, index)}: ${count}`)),
  ];
  if (entity.claims.length > 0) {
    lines.push('', '**Claims**', '');
    lines.push(
      ...capped(
        entity.claims.map((claim) => {
          const by = [claim.annotation.attribution, sourceLabel(claim.path, index)].filter(Boolean).join(', ');
          return `- ${escapeMarkdown(claim.annotation.text)} — ${escapeMarkdown(by)}`;
        }),
      ),
    );
  }
  if (entity.figures.length > 0) {
    lines.push('', '**Figures nearby**', '');
    lines.push(...capped(entity.figures.map((ref) => `- ${escapeMarkdown(ref.figure.text)} — ${escapeMarkdown(figureWithSource(ref, index))}`)));
  }
  return lines.join('\n');
}
