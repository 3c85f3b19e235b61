/**
 * `.sourcemark/entities.yaml`: parsing with positioned problems (never a throw), and the edits the
 * Entities view and hover make, applied to the analyst's Document in place so comments and key order survive.
 *
 * ```yaml
 * version: 1
 * entities:
 *   - name: Choe Son Hui          # shown everywhere instead of the recognizer's pick
 *     type: person                # optional: corrects the type
 *     spellings: [Choe Son Hui, Choe Son-hui, Choi Sun-hee]
 * notEntities:
 *   - text: Follow                # never an entity…
 *     path: seeds/004.txt         # …optionally only in this article
 * ```
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLMap, YAMLSeq, type Node, type YAMLError } from 'yaml';
import { foldName } from '../index/entity-clusters';
import { ENTITY_TYPES, type EntityType } from '../recognition/types';
import type { SidecarProblem } from '../sidecar/sidecar-problem';
import type { DecidedEntity, EntityDecisions, NotAnEntity } from './entity-decisions';

export const ENTITY_DECISIONS_VERSION = 1;
/** Workspace-relative path of the decisions file. */
export const ENTITY_DECISIONS_PATH = '.sourcemark/entities.yaml';

export type ParsedEntityDecisions =
  | { ok: true; doc: Document; decisions: EntityDecisions; readOnly: boolean; warnings: SidecarProblem[] }
  | { ok: false; errors: SidecarProblem[] };

const MAX_ALIAS_COUNT = 100;
const HEADER =
  ' Entity decisions made in Sourcemark (Entities view, entity hover). Edit freely: comments are kept.\n' +
  ' entities: one entry per entity (name, optional type, the spellings it covers); notEntities: texts that are not entities.';

/** A fresh decisions Document with an explaining header. */
export function createEntityDecisionsDocument(): Document {
  const doc = new Document({ version: ENTITY_DECISIONS_VERSION, entities: [], notEntities: [] });
  doc.commentBefore = HEADER;
  return doc;
}

/** Parses and validates the file's text. */
export function parseEntityDecisions(source: string): ParsedEntityDecisions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true, schema: 'core', customTags: [], lineCounter });
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].map((error) => toProblem(error));
  if (syntax.length > 0) return { ok: false, errors: syntax };
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, errors: [{ message: `Too many aliases (${(error as Error).message}).`, line: 1, column: 1 }] };
  }
  const problems: SidecarProblem[] = [];
  const report = (node: unknown, message: string): void => {
    const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ message, line, column: col });
  };
  const decisions: EntityDecisions = { entities: [], notEntities: [] };
  const root = doc.contents;
  if (root === null) return { ok: true, doc, decisions, readOnly: false, warnings: [] };
  if (!isMap(root)) return { ok: false, errors: [{ ...position(lineCounter, root), message: 'The entities file must be a mapping with "version", "entities" and "notEntities".' }] };
  const version = root.get('version', true);
  let versionNumber = ENTITY_DECISIONS_VERSION;
  if (version !== undefined) {
    const value: unknown = isScalar(version) ? version.value : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) versionNumber = value;
    else report(version, '"version" must be an integer ≥ 1.');
  }
  const entities = root.get('entities', true);
  if (entities !== undefined) {
    if (!isSeq(entities)) report(entities, '"entities" must be a list.');
    else for (const item of entities.items) {
      const entity = readEntity(item, report);
      if (entity) decisions.entities.push(entity);
    }
  }
  const notEntities = root.get('notEntities', true);
  if (notEntities !== undefined) {
    if (!isSeq(notEntities)) report(notEntities, '"notEntities" must be a list.');
    else for (const item of notEntities.items) {
      const entry = readNotEntity(item, report);
      if (entry) decisions.notEntities.push(entry);
    }
  }
  if (versionNumber > ENTITY_DECISIONS_VERSION) {
    const warning = { message: `Entities file version ${versionNumber} is newer than this Sourcemark supports (${ENTITY_DECISIONS_VERSION}); it is read-only.`, line: 1, column: 1 };
    return { ok: true, doc, decisions, readOnly: true, warnings: [warning, ...problems] };
  }
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, doc, decisions, readOnly: false, warnings: [] };
}

function readEntity(node: unknown, report: (node: unknown, message: string) => void): DecidedEntity | undefined {
  if (!isMap(node)) {
    report(node, 'Each entity must be a mapping with "name" and "spellings".');
    return undefined;
  }
  const name = node.get('name');
  if (typeof name !== 'string' || name.trim() === '') {
    report(node.get('name', true) ?? node, 'An entity needs a "name" (a non-empty string).');
    return undefined;
  }
  const entity: DecidedEntity = { name, spellings: [] };
  const type = node.get('type', true);
  if (type !== undefined) {
    const value = isScalar(type) ? type.value : undefined;
    if (typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value)) entity.type = value as EntityType;
    else report(type, `"type" must be one of ${ENTITY_TYPES.join(', ')}.`);
  }
  const spellings = node.get('spellings', true);
  if (spellings !== undefined) {
    if (!isSeq(spellings)) report(spellings, '"spellings" must be a list of strings.');
    else for (const item of spellings.items) {
      if (isScalar(item) && typeof item.value === 'string') entity.spellings.push(item.value);
      else report(item, 'Each spelling must be a string.');
    }
  }
  return entity;
}

function readNotEntity(node: unknown, report: (node: unknown, message: string) => void): NotAnEntity | undefined {
  if (!isMap(node)) {
    report(node, 'Each entry of "notEntities" must be a mapping with "text".');
    return undefined;
  }
  const text = node.get('text');
  if (typeof text !== 'string' || text.trim() === '') {
    report(node.get('text', true) ?? node, 'A "notEntities" entry needs a "text" (a non-empty string).');
    return undefined;
  }
  const path = node.get('path');
  if (path !== undefined && typeof path !== 'string') {
    report(node.get('path', true), '"path" must be a string.');
    return undefined;
  }
  return path === undefined ? { text } : { text, path };
}

/** What an edit knows of an entity as the index shows it. */
export interface EntityRef {
  name: string;
  type: EntityType;
  spellings: string[];
}

/**
 * What a decision records of an entity as the index shows it. Surname-only back-references ("Choe" of Choe Son
 * Hui) are left out: listed, they would pull every lone "Choe" of other articles into the entity. Acronyms stay.
 */
export function entityRefOf(entity: { canonical: string; type: EntityType; spellings: string[] }): EntityRef {
  const words = (name: string) => foldName(name).split(' ').length;
  const full = words(entity.canonical);
  const spellings = entity.spellings.filter((spelling) => words(spelling) >= full || /^[A-Z][A-Z0-9.&-]+$/.test(spelling));
  return { name: entity.canonical, type: entity.type, spellings: spellings.length > 0 ? spellings : [entity.canonical] };
}

/** Records `entity` as decided (confirm, rename, retype), replacing the entries that covered any of its spellings. */
export function upsertEntity(doc: Document, entity: EntityRef, covers: string[] = entity.spellings): void {
  const list = seq(doc, 'entities');
  const folded = new Set([...covers, entity.name].map(foldName));
  const matching = list.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isMap(item) && entrySpellings(item).some((spelling) => folded.has(foldName(spelling))));
  const spellings = unique([...entity.spellings]);
  const first = matching[0]?.item as YAMLMap | undefined;
  // Edit the first matching entry in place: a comment the analyst wrote on it stays.
  const target = first ?? new YAMLMap();
  target.set('name', entity.name);
  target.set('type', entity.type);
  const spellingList = doc.createNode(spellings) as YAMLSeq;
  spellingList.flow = true;
  target.set('spellings', spellingList);
  for (const { index } of [...matching].reverse()) if (list.items[index] !== first) list.items.splice(index, 1);
  if (!first) list.items.push(target);
}

/** One entity from two: `into` keeps its name and type; the spellings of both. */
export function mergeEntities(doc: Document, into: EntityRef, other: EntityRef): void {
  upsertEntity(doc, { ...into, spellings: unique([...into.spellings, ...other.spellings]) }, [...into.spellings, ...other.spellings]);
}

/** Two entities from one: `moved` spellings become their own entity (named `newName`, else the first moved spelling). */
export function splitEntity(doc: Document, entity: EntityRef, moved: string[], newName?: string): void {
  const movedFolded = new Set(moved.map(foldName));
  const rest = entity.spellings.filter((spelling) => !movedFolded.has(foldName(spelling)));
  if (rest.length === 0 || moved.length === 0) throw new Error('A split needs spellings on both sides');
  const restName = movedFolded.has(foldName(entity.name)) ? rest[0] : entity.name;
  upsertEntity(doc, { ...entity, name: restName, spellings: rest }, entity.spellings);
  upsertEntity(doc, { name: newName ?? moved[0], type: entity.type, spellings: moved }, []);
}

/** Rejects a proposal: every distinct name of the entity becomes an entity of its own, kept apart from the others. */
export function rejectProposal(doc: Document, entity: EntityRef): void {
  const names = new Map<string, string[]>();
  for (const spelling of entity.spellings) names.set(foldName(spelling), [...(names.get(foldName(spelling)) ?? []), spelling]);
  if (names.size < 2) throw new Error('A proposal to reject needs two names');
  const groups = [...names.values()];
  upsertEntity(doc, { ...entity, name: groups[0][0], spellings: groups[0] }, entity.spellings);
  for (const group of groups.slice(1)) upsertEntity(doc, { name: group[0], type: entity.type, spellings: group }, []);
}

/** Marks a text as not an entity, everywhere or (with `path`) in one article. */
export function markNotEntity(doc: Document, text: string, path?: string): void {
  const list = seq(doc, 'notEntities');
  const exists = list.items.some((item) => isMap(item) && foldName(String(item.get('text'))) === foldName(text) && item.get('path') === path);
  if (exists) return;
  const entry = new YAMLMap();
  entry.set('text', text);
  if (path !== undefined) entry.set('path', path);
  list.items.push(entry);
}

function seq(doc: Document, key: string): YAMLSeq {
  if (doc.contents === null) doc.contents = doc.createNode({ version: ENTITY_DECISIONS_VERSION }) as unknown as typeof doc.contents;
  const root = doc.contents;
  if (!isMap(root)) throw new Error('Entities file root is not a mapping (validate before editing)');
  if (!root.has(key)) root.set(key, new YAMLSeq());
  const list = root.get(key, true);
  if (!isSeq(list)) throw new Error(`"${key}" is not a list (validate before editing)`);
  // An empty list reads back as `[]`, a flow list; entries go in block style, one per line, easy to edit by hand.
  if (list.items.length === 0) list.flow = false;
  return list;
}

function entrySpellings(item: YAMLMap): string[] {
  const spellings = item.get('spellings');
  const list = isSeq(spellings) ? spellings.items.map((s) => (isScalar(s) ? String(s.value) : '')) : [];
  return [String(item.get('name') ?? ''), ...list];
}

function unique(spellings: string[]): string[] {
  return [...new Set(spellings)];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function position(lineCounter: LineCounter, node: unknown): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(isNode(node) ? (node.range?.[0] ?? 0) : 0);
  return { line, column: col };
}

function toProblem(error: YAMLError): SidecarProblem {
  const at = error.linePos?.[0] ?? { line: 1, col: 1 };
  return { message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), line: at.line, column: at.col };
}
