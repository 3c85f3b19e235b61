import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLSeq, type Alias, type Node, type Pair } from 'yaml';

// `String(doc)` re-renders the whole file: comment spacing, flow padding, line folding and mixed line endings
// come out normalized, so one moved offset used to rewrite a hundred lines. Most of our edits change scalars in
// place (yaml's `map.set` on an existing key keeps the node and its source range) or add/remove a one-line key,
// so they are written as splices into the original text instead; anything else falls back to `String(doc)`.

/** A scalar's value and style, or an alias's anchor, as they were: nodes are edited in place, so they are copied. */
type Leaf = { value: unknown; type: Scalar['type'] } | { source: string };

interface PairShape {
  pair: Pair;
  key: unknown;
  keyLeaf: Leaf | undefined;
  value: unknown;
  valueLeaf: Leaf | undefined;
}

type Shape = { kind: 'map'; pairs: PairShape[] } | { kind: 'seq'; items: unknown[]; leaves: (Leaf | undefined)[] };

/** The Document's collections and leaf values before an edit, to tell afterwards what the edit changed. */
export interface DocumentShape {
  contents: unknown;
  /** By collection node (leaves live in their parent's entry: a Map of every scalar cost a second at 10,000 annotations). */
  shapes: Map<unknown, Shape>;
}

interface Splice {
  from: number;
  to: number;
  text: string;
}

/** Records the shape of a Document parsed from source, to be compared with it after an edit. */
export function recordShape(doc: Document): DocumentShape {
  const shapes = new Map<unknown, Shape>();
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      shapes.set(node, { kind: 'map', pairs: node.items.map((pair) => ({ pair, key: pair.key, keyLeaf: leafOf(pair.key), value: pair.value, valueLeaf: leafOf(pair.value) })) });
      for (const pair of node.items) {
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      shapes.set(node, { kind: 'seq', items: [...node.items], leaves: node.items.map(leafOf) });
      node.items.forEach(visit);
    }
  };
  visit(doc.contents);
  return { contents: doc.contents, shapes };
}

function leafOf(node: unknown): Leaf | undefined {
  if (isScalar(node)) return { value: node.value, type: node.type };
  if (isAlias(node)) return { source: node.source };
  return undefined;
}

/**
 * The source with the edit applied as splices: changed scalars rewritten where they stand, keys added to a block
 * mapping inserted as one line after its last line, removed one-line keys deleted with their line, items appended
 * to a block list (a new annotation) rendered after its last line. Every other
 * byte (comments, spacing, line endings) is kept. Undefined when the edit did anything else (the caller then
 * stringifies the whole Document).
 */
export function spliceEdits(source: string, before: DocumentShape, doc: Document): string | undefined {
  if (doc.contents !== before.contents || !before.shapes.has(doc.contents)) return undefined;
  const ctx: Context = { source, before, splices: [] };
  if (!compareNode(doc.contents, false, ctx)) return undefined;
  const splices = ctx.splices;
  splices.sort((a, b) => a.from - b.from);
  let text = '';
  let at = 0;
  for (const splice of splices) {
    if (splice.from < at) return undefined; // overlapping edits: not a case we splice
    text += source.slice(at, splice.from) + splice.text;
    at = splice.to;
  }
  text += source.slice(at);
  if (ctx.verify && JSON.stringify(parseDocument(text, { schema: 'core' }).toJS()) !== JSON.stringify(doc.toJS())) return undefined;
  return text;
}

interface Context {
  source: string;
  before: DocumentShape;
  splices: Splice[];
  /** Set when a splice holds yaml-rendered structure, whose indentation is read back to be sure. */
  verify?: boolean;
}

/** Compares one child (key, value or item) with what it was: same leaf, changed leaf (spliced), or a collection to descend into. */
function compareChild(current: unknown, was: unknown, leaf: Leaf | undefined, inFlow: boolean, ctx: Context): boolean {
  if (current !== was) return leaf !== undefined && replaceValue(was as Node, current, inFlow, ctx);
  if (leaf === undefined) return was === null || compareNode(was, inFlow, ctx);
  if ('source' in leaf) return (was as Alias).source === leaf.source;
  const scalar = was as Scalar;
  return (scalar.value === leaf.value && scalar.type === leaf.type) || replaceValue(scalar, scalar, inFlow, ctx);
}

function compareNode(node: unknown, inFlow: boolean, ctx: Context): boolean {
  const shape = ctx.before.shapes.get(node);
  if (!shape) return false;
  if (shape.kind === 'seq') {
    if (!isSeq(node) || node.items.length < shape.items.length) return false;
    const flow = inFlow || !!node.flow;
    for (let i = 0; i < shape.items.length; i++) if (!compareChild(node.items[i], shape.items[i], shape.leaves[i], flow, ctx)) return false;
    const appended = node.items.slice(shape.items.length);
    return appended.length === 0 || (!flow && shape.items.length > 0 && appendItems(node, shape.items[0] as Node, appended, ctx));
  }
  if (!isMap(node)) return false;
  const flow = inFlow || !!node.flow;
  const unchanged = node.items.length === shape.pairs.length && node.items.every((pair, i) => pair === shape.pairs[i].pair);
  if (unchanged) return shape.pairs.every((entry) => comparePair(entry, flow, ctx)); // the common case, without the bookkeeping below
  const recorded = new Map(shape.pairs.map((entry) => [entry.pair, entry]));
  const kept = node.items.filter((pair) => recorded.has(pair));
  const added = node.items.slice(kept.length);
  if (added.some((pair) => recorded.has(pair))) return false; // added in the middle: not one line after the last
  const stillThere = new Set(kept);
  const removed = shape.pairs.filter((entry) => !stillThere.has(entry.pair));
  const keptBefore = shape.pairs.filter((entry) => stillThere.has(entry.pair));
  if (kept.some((pair, i) => pair !== keptBefore[i].pair)) return false; // reordered
  if (flow || kept.length === 0) return false;
  return keptBefore.every((entry) => comparePair(entry, flow, ctx)) && removed.every((entry) => removeLine(entry.pair, ctx)) && (added.length === 0 || insertLines(node.range, kept, added, ctx));
}

function comparePair(entry: PairShape, inFlow: boolean, ctx: Context): boolean {
  // A changed key would be a rename: not an edit we make, so not one we splice.
  if (entry.pair.key !== entry.key || (entry.keyLeaf && 'value' in entry.keyLeaf && (entry.key as Scalar).value !== entry.keyLeaf.value)) return false;
  return compareChild(entry.pair.value, entry.value, entry.valueLeaf, inFlow, ctx);
}

/** Rewrites the old scalar (or alias) `old` where it stands with `value` rendered on one line. */
function replaceValue(old: Node, value: unknown, inFlow: boolean, ctx: Context): boolean {
  if (!old.range || (isScalar(old) && old.anchor)) return false;
  if (inFlow && typeof (isScalar(value) ? value.value : value) === 'string') return false; // flow quoting rules differ
  const text = scalarText(value);
  if (text === undefined) return false;
  ctx.splices.push({ from: old.range[0], to: old.range[1], text });
  return true;
}

/** Appends items (a new annotation) to a block sequence after its last line, rendered by yaml at the list's indentation. */
function appendItems(seq: YAMLSeq, first: Node, appended: unknown[], ctx: Context): boolean {
  if (!seq.range || !first.range) return false;
  const lineStart = ctx.source.lastIndexOf('\n', first.range[0] - 1) + 1;
  const dash = /^( *)- +$/.exec(ctx.source.slice(lineStart, first.range[0]));
  if (!dash) return false;
  const rendered = new Document();
  rendered.contents = new YAMLSeq() as unknown as typeof rendered.contents;
  (rendered.contents as unknown as YAMLSeq).items = appended;
  const at = lineEndAtOrAfter(seq.range[1], ctx.source);
  const eol = eolAt(at, ctx.source);
  const text = rendered
    .toString({ flowCollectionPadding: false })
    .split('\n')
    .map((line) => (line === '' ? line : dash[1] + line))
    .join(eol);
  ctx.splices.push({ from: at, to: at, text: (at === ctx.source.length && !ctx.source.endsWith('\n') ? eol : '') + text.replace(new RegExp(`${eol}$`), '') + eol });
  ctx.verify = true; // rendered structure: read it back before trusting it
  return true;
}

/** Deletes the line of a removed `key: scalar` pair, which must stand alone on its line. */
function removeLine(pair: Pair, ctx: Context): boolean {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!isScalar(key) || !key.range || (value !== null && (!isScalar(value) || !value.range))) return false;
  const lineStart = ctx.source.lastIndexOf('\n', key.range[0] - 1) + 1;
  const end = value?.range?.[2] ?? key.range[2];
  if (ctx.source.slice(lineStart, key.range[0]).trim() !== '' || ctx.source.slice(key.range[0], value?.range?.[1] ?? end).includes('\n')) return false;
  if (end < ctx.source.length && ctx.source[end - 1] !== '\n') return false;
  ctx.splices.push({ from: lineStart, to: end, text: '' });
  return true;
}

/** Inserts `key: value` lines for pairs appended to a block mapping, after its last line, at its indentation. */
function insertLines(range: Node['range'], kept: Pair[], added: Pair[], ctx: Context): boolean {
  const firstKey = kept[0].key as Node;
  if (!range || !firstKey.range) return false;
  const indent = firstKey.range[0] - (ctx.source.lastIndexOf('\n', firstKey.range[0] - 1) + 1);
  const at = lineEndAtOrAfter(range[1], ctx.source);
  const eol = eolAt(at, ctx.source);
  const lead = at === ctx.source.length && !ctx.source.endsWith('\n') ? eol : '';
  const lines: string[] = [];
  for (const pair of added) {
    const key = scalarText(pair.key);
    const value = scalarText(pair.value);
    if (key === undefined || value === undefined) return false;
    lines.push(`${' '.repeat(indent)}${key}: ${value}${eol}`);
  }
  ctx.splices.push({ from: at, to: at, text: lead + lines.join('') });
  return true;
}

/** The start of the line after the one holding `offset` (or `offset` itself when it starts a line; the end of the text at most). */
function lineEndAtOrAfter(offset: number, source: string): number {
  if (offset === 0 || source[offset - 1] === '\n') return offset;
  const lineEnd = source.indexOf('\n', offset);
  return lineEnd === -1 ? source.length : lineEnd + 1;
}

/** The line ending used where text is inserted at `at`: that of the line just before (the file's, at its unterminated end). */
function eolAt(at: number, source: string): string {
  if (source[at - 1] === '\n') return source[at - 2] === '\r' ? '\r\n' : '\n';
  return source.includes('\r\n') ? '\r\n' : '\n';
}

/** A scalar (node or plain value) as YAML on one line, without comments; undefined for anything else. */
function scalarText(value: unknown): string | undefined {
  const plain = isScalar(value) ? value.value : value;
  // The common case (offsets), without building a Document per value.
  if (Number.isSafeInteger(plain) && (!isScalar(value) || (value.type === Scalar.PLAIN || value.type === undefined) && !value.format)) return String(plain);
  let node: Scalar;
  if (isScalar(value)) {
    node = value.clone() as Scalar;
    node.comment = undefined;
    node.commentBefore = undefined;
    node.spaceBefore = false;
    node.anchor = undefined;
  } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    node = new Scalar(value);
  } else {
    return undefined;
  }
  const doc = new Document();
  doc.contents = node as unknown as typeof doc.contents;
  const text = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}
