import { LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { SidecarProblem } from './sidecar-problem';

// Bounds alias expansion (a "billion laughs" file) when the Document is turned into data.
const MAX_ALIAS_COUNT = 100;

export type ParsedYamlSource = { ok: true; doc: Document; lineCounter: LineCounter } | { ok: false; errors: SidecarProblem[] };

/** Parses a workspace YAML file strictly (core schema, unique keys, no custom tags, bounded aliases); syntax problems come back positioned. */
export function parseYamlSource(source: string): ParsedYamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true, schema: 'core', customTags: [], lineCounter });
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].map(toProblem);
  if (syntax.length > 0) return { ok: false, errors: syntax };
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, errors: [{ message: `Too many aliases (${(error as Error).message}).`, line: 1, column: 1 }] };
  }
  return { ok: true, doc, lineCounter };
}

/** Line and column (1-based) where `node` starts; the file's start for anything without a range. */
export function positionOf(lineCounter: LineCounter, node: unknown): { line: number; column: number } {
  const range = typeof node === 'object' && node !== null && 'range' in node ? (node as Node).range : undefined;
  const { line, col } = lineCounter.linePos(range?.[0] ?? 0);
  return { line, column: col };
}

function toProblem(error: YAMLError): SidecarProblem {
  const at = error.linePos?.[0] ?? { line: 1, col: 1 };
  return { message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), line: at.line, column: at.col };
}
