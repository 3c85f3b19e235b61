import { MergedEntity } from '../index/index-types';
import { WorkspaceIndex } from '../index/workspace-index';
import { escapeMarkdown } from '../recognition/describe-mention';
import { CardLinks, markdownLink } from './card-links';
import { capped } from './capped-rows';
import { articleWithOutlet, figureWithSource, sourceLabel } from './source-label';

/** Markdown hover card of an entity merged across the workspace. */
export function entityCard(entity: MergedEntity, index: WorkspaceIndex, links: CardLinks): string {
  const lines = [`**${escapeMarkdown(entity.canonical)}** — ${entity.type}`, ''];
  lines.push(`Spellings: ${entity.spellings.map(escapeMarkdown).join(' · ')}`, '');

  const perArticle = new Map<string, number>();
  for (const mention of entity.mentions) perArticle.set(mention.path, (perArticle.get(mention.path) ?? 0) + 1);
  lines.push(`**Mentions** — ${entity.mentions.length} in ${perArticle.size} ${perArticle.size === 1 ? 'article' : 'articles'}`, '');
  lines.push(
    ...capped(
      [...perArticle].map(([path, count]) => `- ${articleWithOutlet(path, index)}: ${count}`),
    ),
  );

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
  lines.push(
    '',
    [
      markdownLink('Show all mentions', links.showMentions(entity)),
      markdownLink('Search claims', links.searchClaims(entity)),
      markdownLink('Add claim', links.addClaim(entity)),
    ].join(' · '),
  );
  return lines.join('\n');
}
