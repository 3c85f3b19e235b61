/** Text built from one annotation: shared by the editor's annotation hover, the Claims view tooltip and citations. */
import { IndexedClaim } from '../index/index-types';
import { codeSpan, escapeMarkdown } from '../recognition/describe-mention';
import { Annotation, SourceMetadata } from '../sidecar/annotation';
import { describeGrade } from '../sidecar/source-grade';
import { markdownLink } from './card-links';

/** Markdown lines for who said it, its tags, and whether it lost its text (each block preceded by a blank line). */
export function annotationDetails(annotation: Annotation): string[] {
  const lines: string[] = [];
  if (annotation.attribution) lines.push('', `— *${escapeMarkdown(annotation.attribution)}*`);
  if (annotation.tags.length > 0) lines.push('', annotation.tags.map((tag) => codeSpan(`#${tag}`)).join(' '));
  if (annotation.orphaned) lines.push('', '$(warning) Orphaned: its quote is no longer in the article.');
  return lines;
}

/** Link targets of the actions an annotation card offers, supplied by the host (`command:` URIs in the editor). */
export interface AnnotationLinks {
  edit: string;
  retag: string;
  delete: string;
  openSidecar: string;
}

/**
 * The hover card of an annotation. First what matters: the claim in the analyst's words, who says so, and
 * the article's grade; then the actions; then tags, id and warnings. Everything from the sidecar is escaped
 * (ids and tags shown literally in code spans): the hover is trusted to run the listed commands.
 */
export function annotationCard(
  annotation: Annotation,
  source: SourceMetadata | undefined,
  links: AnnotationLinks,
  /** `stated`: the attribution the article's text states, as a Markdown line (see attribution-card.ts). */
  { textChanged = false, stated = '' }: { textChanged?: boolean; stated?: string } = {},
): string {
  const kind = annotation.kind === 'claim' ? '$(comment-discussion) Claim' : '$(note) Note';
  const said = [annotation.attribution && `— *${escapeMarkdown(annotation.attribution)}*`, annotation.kind === 'claim' && `source grade ${escapeMarkdown(describeGrade(source ?? {}))}`]
    .filter(Boolean)
    .join(' · ');
  const lines = [`${kind}: **${escapeMarkdown(annotation.text)}**`];
  if (said) lines.push('', said);
  if (stated) lines.push('', stated);
  lines.push(
    '',
    [
      `$(edit) ${markdownLink('Edit', links.edit)}`,
      `$(tag) ${markdownLink('Retag', links.retag)}`,
      `$(trash) ${markdownLink('Delete', links.delete)}`,
      `$(go-to-file) ${markdownLink('Sidecar', links.openSidecar)}`,
    ].join(' · '),
    '',
    [...annotation.tags.map((tag) => codeSpan(`#${tag}`)), codeSpan(annotation.id)].join(' '),
  );
  if (textChanged) lines.push('', '$(info) Text changed: the article no longer reads as the stored quote (see Problems for the quick fix).');
  if (annotation.orphaned) lines.push('', '$(warning) Orphaned: its quote is no longer in the article.');
  return lines.join('\n');
}

/** “quote” — outlet (or the article's name), published date, URL; missing parts are left out. */
export function claimCitation(claim: IndexedClaim): string {
  const quote = claim.annotation.target.quote.replace(/\s+/g, ' ').trim();
  const source = claim.source;
  const where = [source?.outlet ?? claim.article, source?.published, source?.url].filter(Boolean).join(', ');
  return `“${quote}” — ${where}`;
}
