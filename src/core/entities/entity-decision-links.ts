/** The decision links an entity hover card offers (confirm, merge, split, rename, type, not an entity). */
import { markdownLink } from '../cards/card-links';
import type { MergedEntity } from '../index/index-types';

/** Link targets supplied by the host: `command:` URIs in the extension, readable strings in tests. */
export interface EntityDecisionLinks {
  confirm(entity: MergedEntity): string;
  reject(entity: MergedEntity): string;
  merge(entity: MergedEntity): string;
  split(entity: MergedEntity): string;
  rename(entity: MergedEntity): string;
  setType(entity: MergedEntity): string;
  /** Marks the hovered text (in the hovered article) as not an entity. */
  notEntity(text: string, path: string): string;
}

/**
 * One Markdown line: "Confirm spellings · Reject · Merge with… · Split… · Rename… · Type… · Not an entity".
 * Confirm and Split only where they mean something: several spellings proposed as one, not yet decided.
 */
export function entityDecisionLine(entity: MergedEntity, mention: { text: string; path: string }, decided: boolean, links: EntityDecisionLinks): string {
  const proposed = entity.spellings.length > 1;
  const parts = [
    ...(proposed && !decided ? [markdownLink('Confirm spellings', links.confirm(entity)), markdownLink('Reject', links.reject(entity))] : []),
    markdownLink('Merge with…', links.merge(entity)),
    ...(proposed ? [markdownLink('Split…', links.split(entity))] : []),
    markdownLink('Rename…', links.rename(entity)),
    markdownLink('Type…', links.setType(entity)),
    markdownLink(`Not an entity`, links.notEntity(mention.text, mention.path)),
  ];
  const status = decided ? 'Decided by you' : proposed ? 'Spellings proposed as one entity' : 'Entity';
  return `${status} — ${parts.join(' · ')}`;
}
