/**
 * The analyst's decisions about entities (`.sourcemark/entities.yaml`) and how they apply to what the
 * recognizer found. One function serves the editor (highlights, hovers) and the index (Entities view,
 * cards, search) alike, so a decision shows everywhere at once.
 *
 * A decided entity is a name, an optional type and the spellings it covers. Applying it rewrites the key
 * of every document-level entity whose name (or full spelling) is one of those spellings to
 * `type:name`: all of them then share one name node in the index, whatever the variant matcher says,
 * and two decided entities are never linked by it (`keepApart`), which is what merge and split mean.
 */
import { foldName } from '../index/entity-clusters';
import type { EntityMention, EntityType, Recognition } from '../recognition/types';

/** One analyst-controlled entity: merged, renamed, retyped, confirmed or split off. */
export interface DecidedEntity {
  name: string;
  /** A corrected type; undefined keeps the recognizer's. */
  type?: EntityType;
  /** Every spelling that names it (the name included or not). */
  spellings: string[];
}

/** A span text the analyst says is not an entity, everywhere or (with `path`) in one article. */
export interface NotAnEntity {
  text: string;
  path?: string;
}

export interface EntityDecisions {
  entities: DecidedEntity[];
  notEntities: NotAnEntity[];
}

export const NO_ENTITY_DECISIONS: EntityDecisions = { entities: [], notEntities: [] };

/** Decisions prepared for lookups by folded name. */
export class EntityDecisionTable {
  private readonly byName = new Map<string, DecidedEntity>();
  private readonly excluded = new Map<string, NotAnEntity[]>();

  constructor(readonly decisions: EntityDecisions = NO_ENTITY_DECISIONS) {
    for (const entity of decisions.entities) {
      for (const spelling of [entity.name, ...entity.spellings]) {
        const folded = foldName(spelling);
        // The first entity listing a spelling keeps it: a file edited by hand may list one twice.
        if (folded && !this.byName.has(folded)) this.byName.set(folded, entity);
      }
    }
    for (const entry of decisions.notEntities) {
      const folded = foldName(entry.text);
      this.excluded.set(folded, [...(this.excluded.get(folded) ?? []), entry]);
    }
  }

  get isEmpty(): boolean {
    return this.byName.size === 0 && this.excluded.size === 0;
  }

  /** The decided entity a name or spelling belongs to. */
  entityNamed(name: string): DecidedEntity | undefined {
    return this.byName.get(foldName(name));
  }

  isNotEntity(text: string, path: string | undefined): boolean {
    return (this.excluded.get(foldName(text)) ?? []).some((entry) => entry.path === undefined || entry.path === path);
  }

  /**
   * True when two index name nodes (`type:folded name`) belong to different decided entities, so the
   * variant matcher must not link them.
   */
  keepApart(nodeIdA: string, nodeIdB: string): boolean {
    const a = this.byName.get(nameOfNodeId(nodeIdA));
    const b = this.byName.get(nameOfNodeId(nodeIdB));
    return a !== undefined && b !== undefined && a !== b;
  }

  /** The decided entity of a recognizer key, given the texts of its mentions in one document. */
  entityOfKey(key: string, texts: readonly string[]): DecidedEntity | undefined {
    const name = key.slice(key.indexOf(':') + 1);
    const byKey = this.entityNamed(name);
    if (byKey) return byKey;
    // Only full spellings: a surname back-reference ("Choe") must not pull another Choe into the entity.
    const words = foldName(name).split(' ').length;
    for (const text of texts) {
      if (foldName(text).split(' ').length < words) continue;
      const entity = this.entityNamed(text);
      if (entity) return entity;
    }
    return undefined;
  }
}

/** Key of the single name node a decided entity gathers its mentions under. */
export function decidedKey(entity: DecidedEntity, fallbackType: EntityType): string {
  return `${entity.type ?? fallbackType}:${entity.name}`;
}

/**
 * The recognition with the decisions applied: mentions marked as not entities dropped, the keys and types
 * of decided entities rewritten. Idempotent; returns `recognition` itself when nothing applies.
 */
export function applyEntityDecisions(recognition: Recognition, table: EntityDecisionTable, path?: string): Recognition {
  if (table.isEmpty) return recognition;
  const byKey = new Map<string, { type: EntityType; texts: string[] }>();
  for (const mention of recognition.entities) {
    const entry = byKey.get(mention.key) ?? { type: mention.type, texts: [] };
    entry.texts.push(mention.text);
    byKey.set(mention.key, entry);
  }
  const rewrites = new Map<string, { key: string; type: EntityType } | undefined>();
  for (const [key, { type: recognized, texts }] of byKey) {
    const entity = table.entityOfKey(key, texts);
    const type = entity?.type ?? recognized;
    rewrites.set(key, entity ? { key: decidedKey(entity, type), type } : undefined);
  }
  let changed = false;
  const entities: EntityMention[] = [];
  for (const mention of recognition.entities) {
    if (table.isNotEntity(mention.text, path)) {
      changed = true;
      continue;
    }
    const rewrite = rewrites.get(mention.key);
    if (rewrite && (rewrite.key !== mention.key || rewrite.type !== mention.type)) {
      entities.push({ ...mention, key: rewrite.key, type: rewrite.type });
      changed = true;
    } else entities.push(mention);
  }
  return changed ? { entities, figures: recognition.figures } : recognition;
}

function nameOfNodeId(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}
