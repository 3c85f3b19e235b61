import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { Annotation, AnnotationTarget, Credibility, Reliability, SidecarData, SourceMetadata } from './annotation';
import { ANNOTATION_ID_PATTERN } from './annotation-id';
import type { SidecarProblem } from './sidecar-problem';

// Hand-written against the model so each problem points at its YAML node; kept in step with
// schemas/sourcemark-sidecar.schema.json (a unit test compares the two).

const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

interface Context {
  doc: Document;
  lineCounter: LineCounter;
  problems: SidecarProblem[];
}

/** Checks a parsed sidecar's root node against schema version 1 and builds its data (aliases resolved). */
export function validateSidecar(doc: Document, lineCounter: LineCounter): { data: SidecarData; problems: SidecarProblem[] } {
  const root = doc.contents as Node | null;
  const ctx: Context = { doc, lineCounter, problems: [] };
  const data: SidecarData = { version: 0, annotations: [] };
  if (root === null) return { data: { version: 1, annotations: [] }, problems: [] };
  if (!isMap(root)) {
    report(ctx, root, 'A sidecar must be a mapping with "version" and "annotations".');
    return { data, problems: ctx.problems };
  }
  const version = root.get('version', true);
  if (version === undefined) report(ctx, root, 'Missing "version" (expected version: 1).');
  else data.version = integer(ctx, version, '"version"', 1) ?? 0;
  const source = root.get('source', true);
  if (source !== undefined) data.source = readSource(ctx, source);
  const annotations = root.get('annotations', true);
  if (annotations !== undefined) data.annotations = readAnnotations(ctx, annotations);
  return { data, problems: ctx.problems };
}

function report(ctx: Context, node: Node | undefined, message: string): void {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = ctx.lineCounter.linePos(offset);
  ctx.problems.push({ message, line, column: col });
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

// A legal alias (`tags: *troops`) stands for its anchored node; the alias-count bound was checked at parse time.
function resolved(ctx: Context, node: unknown): unknown {
  return isAlias(node) ? (node.resolve(ctx.doc) ?? node) : node;
}

function string(ctx: Context, alias: unknown, what: string): string | undefined {
  const node = resolved(ctx, alias);
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  report(ctx, isNode(node) ? node : undefined, `${what} must be a string.`);
  return undefined;
}

function integer(ctx: Context, alias: unknown, what: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const node = resolved(ctx, alias);
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min && node.value <= max) return node.value;
  report(ctx, isNode(node) ? node : undefined, `${what} must be an integer${max === Number.MAX_SAFE_INTEGER ? ` ≥ ${min}` : ` from ${min} to ${max}`}.`);
  return undefined;
}

function stringList(ctx: Context, alias: unknown, what: string): string[] {
  const node = resolved(ctx, alias);
  if (!isSeq(node)) {
    report(ctx, isNode(node) ? node : undefined, `${what} must be a list of strings.`);
    return [];
  }
  return node.items.flatMap((item) => string(ctx, item, `Each of ${what}`) ?? []);
}

function date(ctx: Context, node: unknown, what: string): string | undefined {
  const value = string(ctx, node, what);
  if (value !== undefined && !ISO_DATE.test(value)) report(ctx, node as Node, `${what} must be an ISO 8601 date ("2024-11-20" or "2024-11-20T09:30:00Z").`);
  return value;
}

function readSource(ctx: Context, node: unknown): SourceMetadata | undefined {
  if (!isMap(node)) {
    report(ctx, isNode(node) ? node : undefined, '"source" must be a mapping (outlet, url, author, published, language, reliability, credibility).');
    return undefined;
  }
  const source: SourceMetadata = {};
  for (const key of ['outlet', 'url', 'author', 'language'] as const) {
    const value = node.get(key, true);
    if (value !== undefined) source[key] = string(ctx, value, `"source.${key}"`);
  }
  const published = node.get('published', true);
  if (published !== undefined) source.published = date(ctx, published, '"source.published"');
  const reliability = node.get('reliability', true);
  if (reliability !== undefined) {
    const value = string(ctx, reliability, '"source.reliability"');
    if (value !== undefined && !RELIABILITY.includes(value)) report(ctx, reliability as Node, '"source.reliability" must be one of A, B, C, D, E, F (Admiralty grading).');
    else source.reliability = value as Reliability | undefined;
  }
  const credibility = node.get('credibility', true);
  if (credibility !== undefined) source.credibility = integer(ctx, credibility, '"source.credibility" (Admiralty grading)', 1, 6) as Credibility | undefined;
  return source;
}

function readAnnotations(ctx: Context, node: unknown): Annotation[] {
  if (!isSeq(node)) {
    report(ctx, isNode(node) ? node : undefined, '"annotations" must be a list.');
    return [];
  }
  const seen = new Set<string>();
  const annotations: Annotation[] = [];
  for (const item of node.items) {
    const annotation = readAnnotation(ctx, item);
    if (!annotation) continue;
    if (seen.has(annotation.id)) report(ctx, (item as YAMLMap).get('id', true) as Node, `Duplicate annotation id "${annotation.id}".`);
    seen.add(annotation.id);
    annotations.push(annotation);
  }
  return annotations;
}

function required(ctx: Context, map: YAMLMap, key: string, what: string): unknown {
  const value = map.get(key, true);
  if (value === undefined) report(ctx, map, `${what} is missing "${key}".`);
  return value;
}

function readAnnotation(ctx: Context, node: unknown): Annotation | undefined {
  if (!isMap(node)) {
    report(ctx, isNode(node) ? node : undefined, 'Each annotation must be a mapping.');
    return undefined;
  }
  const before = ctx.problems.length;
  const idNode = required(ctx, node, 'id', 'An annotation');
  let id = idNode === undefined ? undefined : string(ctx, idNode, '"id"');
  if (id !== undefined && !ANNOTATION_ID_PATTERN.test(id)) {
    report(ctx, idNode as Node, `"id" ${JSON.stringify(id)} is not a Sourcemark id: "c-" (claim) or "n-" (note), then 6 or more lowercase letters or digits.`);
    id = undefined;
  }
  const what = id ? `Annotation "${id}"` : 'An annotation';
  const kindNode = required(ctx, node, 'kind', what);
  const kind = kindNode === undefined ? undefined : string(ctx, kindNode, `${what}: "kind"`);
  if (kind !== undefined && kind !== 'claim' && kind !== 'note') report(ctx, kindNode as Node, `${what}: "kind" must be "claim" or "note".`);
  const textNode = required(ctx, node, 'text', what);
  const text = textNode === undefined ? undefined : string(ctx, textNode, `${what}: "text"`);
  const createdNode = required(ctx, node, 'created', what);
  const created = createdNode === undefined ? undefined : date(ctx, createdNode, `${what}: "created"`);
  const updatedNode = required(ctx, node, 'updated', what);
  const updated = updatedNode === undefined ? undefined : date(ctx, updatedNode, `${what}: "updated"`);
  const targetNode = required(ctx, node, 'target', what);
  const target = targetNode === undefined ? undefined : readTarget(ctx, targetNode, what);
  const annotation = { id, kind, text, created, updated, target, tags: [] } as unknown as Annotation;
  const attribution = node.get('attribution', true);
  if (attribution !== undefined) annotation.attribution = string(ctx, attribution, `${what}: "attribution"`);
  for (const key of ['tags', 'entities', 'figures'] as const) {
    const value = node.get(key, true);
    if (value !== undefined) annotation[key] = stringList(ctx, value, `${what}: "${key}"`);
  }
  const orphaned = node.get('orphaned', true);
  if (orphaned !== undefined) {
    if (isScalar(orphaned) && typeof orphaned.value === 'boolean') annotation.orphaned = orphaned.value;
    else report(ctx, orphaned as Node, `${what}: "orphaned" must be true or false.`);
  }
  return ctx.problems.length === before ? annotation : undefined;
}

function readTarget(ctx: Context, node: unknown, what: string): AnnotationTarget | undefined {
  if (!isMap(node)) {
    report(ctx, isNode(node) ? node : undefined, `${what}: "target" must be a mapping (quote, prefix, suffix, start, end).`);
    return undefined;
  }
  const quoteNode = required(ctx, node, 'quote', `${what}: "target"`);
  const quote = quoteNode === undefined ? undefined : string(ctx, quoteNode, `${what}: "target.quote"`);
  if (quote === '') report(ctx, quoteNode as Node, `${what}: "target.quote" must not be empty.`);
  const prefixNode = node.get('prefix', true);
  const suffixNode = node.get('suffix', true);
  const prefix = prefixNode === undefined ? '' : string(ctx, prefixNode, `${what}: "target.prefix"`);
  const suffix = suffixNode === undefined ? '' : string(ctx, suffixNode, `${what}: "target.suffix"`);
  const startNode = required(ctx, node, 'start', `${what}: "target"`);
  const endNode = required(ctx, node, 'end', `${what}: "target"`);
  const start = startNode === undefined ? undefined : integer(ctx, startNode, `${what}: "target.start"`, 0);
  const end = endNode === undefined ? undefined : integer(ctx, endNode, `${what}: "target.end"`, 0);
  if (start !== undefined && end !== undefined && end < start) report(ctx, endNode as Node, `${what}: "target.end" must not be before "target.start".`);
  if (quote === undefined || prefix === undefined || suffix === undefined || start === undefined || end === undefined) return undefined;
  return { quote, prefix, suffix, start, end };
}
