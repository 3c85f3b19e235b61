import { Document, isAlias, isMap, isSeq, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type AnnotationTarget, type SourceMetadata } from './annotation';

// Every edit works on the analyst's Document in place (setIn/deleteIn on existing nodes), so
// comments, key order and blank lines they wrote survive `String(doc)`.

/** Fields of an annotation the analyst can change (id, kind and created are fixed). */
export type AnnotationPatch = Partial<Pick<Annotation, 'text' | 'attribution' | 'tags' | 'entities' | 'figures' | 'target'>>;

/** New anchor for one annotation, as `reanchor` found it. */
export interface AnchorUpdate {
  id: string;
  start: number;
  end: number;
  orphaned: boolean;
}

const LIST_FIELDS = new Set(['tags', 'entities', 'figures']);

/** A fresh sidecar Document: `version: 1` and an empty annotation list. */
export function createSidecarDocument(): Document {
  return new Document({ version: SIDECAR_SCHEMA_VERSION, annotations: [] });
}

function rootMap(doc: Document): YAMLMap {
  if (doc.contents === null) doc.contents = doc.createNode({ version: SIDECAR_SCHEMA_VERSION }) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) throw new Error('Sidecar root is not a mapping (validate before editing)');
  return doc.contents;
}

function annotationList(doc: Document): YAMLSeq {
  const root = rootMap(doc);
  if (!root.has('annotations')) root.set('annotations', new YAMLSeq());
  const list = root.get('annotations', true);
  if (!isSeq(list)) throw new Error('"annotations" is not a list (validate before editing)');
  return list;
}

function indexOf(list: YAMLSeq, id: string): number {
  return list.items.findIndex((item) => isMap(item) && item.get('id') === id);
}

/** A node for `value` in the style we write: short lists in flow style, multi-line quotes as block scalars, context quoted. */
function styledNode(doc: Document, key: string, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  if (LIST_FIELDS.has(key) && isSeq(node)) node.flow = true;
  if (key === 'target' && isMap(node)) {
    for (const pair of node.items) styleTargetField(pair.key as Scalar, pair.value as Scalar);
  }
  return node;
}

function styleTargetField(key: Scalar, value: Scalar): void {
  if (typeof value.value !== 'string') return;
  // Context is mostly cut mid-word with edge spaces and newlines: quoting shows it exactly.
  if (key.value === 'prefix' || key.value === 'suffix') value.type = Scalar.QUOTE_DOUBLE;
  else if (value.value.includes('\n') && !value.value.includes('\r')) value.type = Scalar.BLOCK_LITERAL;
}

/** Appends an annotation at the end of `annotations:` (new blocks never reorder old ones). */
export function addAnnotation(doc: Document, annotation: Annotation): void {
  const list = annotationList(doc);
  const map = new YAMLMap();
  for (const [key, value] of Object.entries(annotation)) {
    if (value !== undefined) map.add(doc.createPair(key, styledNode(doc, key, value)));
  }
  // A blank line between blocks keeps one annotation per diff hunk.
  if (list.items.length > 0) map.spaceBefore = true;
  list.items.push(map);
  list.flow = false;
}

/** Applies `patch` to annotation `id`, setting `updated` to `now` only if a field really changed; false if not found. */
export function updateAnnotation(doc: Document, id: string, patch: AnnotationPatch, now: string): boolean {
  const list = annotationList(doc);
  const index = indexOf(list, id);
  if (index === -1) return false;
  const map = list.items[index] as YAMLMap;
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    const stored = map.get(key, true) as Node | undefined;
    const current = isAlias(stored) ? (stored.resolve(doc) as Node | undefined) : stored; // `tags: *troops` compares by its value
    if (JSON.stringify(current?.toJSON()) === JSON.stringify(value)) continue;
    changed = true;
    if (value === undefined) map.delete(key);
    else if (key === 'target' && isMap(current)) setTarget(doc, current, value as AnnotationTarget);
    else map.set(key, styledNode(doc, key, value));
  }
  if (changed) map.set('updated', now);
  return changed;
}

// Field by field, so a comment on one target line survives a change to another.
function setTarget(doc: Document, map: YAMLMap, target: AnnotationTarget): void {
  for (const [key, value] of Object.entries(target)) {
    if (map.get(key) === value) continue;
    const node = doc.createNode(value) as Scalar;
    styleTargetField(new Scalar(key), node);
    map.set(key, node);
  }
}

/** Removes annotation `id` and returns it (so the UI can undo), or undefined when absent. */
export function deleteAnnotation(doc: Document, id: string): Annotation | undefined {
  const list = annotationList(doc);
  const index = indexOf(list, id);
  if (index === -1) return undefined;
  const removed = (list.items[index] as YAMLMap).toJSON() as Annotation;
  list.items.splice(index, 1);
  return removed;
}

/** Sets (or, for undefined values, removes) fields of the per-article `source:` block, placed after `version`. */
export function setSourceMetadata(doc: Document, patch: Partial<SourceMetadata>): void {
  const root = rootMap(doc);
  if (!root.has('source')) {
    const at = root.items.findIndex((pair) => (pair.key as Scalar | null)?.value === 'version') + 1;
    root.items.splice(at, 0, doc.createPair('source', new YAMLMap()));
  }
  const source = root.get('source', true);
  if (!isMap(source)) throw new Error('"source" is not a mapping (validate before editing)');
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) source.delete(key);
    else if (source.get(key) !== value) source.set(key, value);
  }
}

/**
 * Writes re-anchored offsets back: `start`/`end` only when they moved, `orphaned: true` when the
 * quote is gone (offsets then left as they were), and `orphaned` removed once it is found again.
 * Returns the ids that changed.
 */
export function setAnchors(doc: Document, updates: readonly AnchorUpdate[]): string[] {
  const list = annotationList(doc);
  // One pass to index the blocks by id: a lookup per update made --fix quadratic (17 s at 10,000 annotations).
  const blocks = new Map<unknown, YAMLMap>();
  for (const item of list.items) if (isMap(item) && !blocks.has(item.get('id'))) blocks.set(item.get('id'), item);
  const changed: string[] = [];
  for (const update of updates) {
    const map = blocks.get(update.id);
    if (!map) continue;
    const target = map.get('target', true);
    if (!isMap(target)) continue;
    let touched = false;
    if (update.orphaned) {
      if (map.get('orphaned') !== true) { map.set('orphaned', true); touched = true; }
    } else {
      if (map.has('orphaned')) { map.delete('orphaned'); touched = true; }
      for (const key of ['start', 'end'] as const) {
        if (target.get(key) !== update[key]) { target.set(key, update[key]); touched = true; }
      }
    }
    if (touched) changed.push(update.id);
  }
  return changed;
}
