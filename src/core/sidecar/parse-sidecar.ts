import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { SIDECAR_SCHEMA_VERSION, type SidecarData } from './annotation';
import type { SidecarProblem } from './sidecar-problem';
import { validateSidecar } from './validate-sidecar';

/** A sidecar that parsed: its editable Document, its data, and whether we may write it. */
export interface ParsedSidecarOk {
  ok: true;
  doc: Document;
  data: SidecarData;
  warnings: SidecarProblem[];
  /** A newer schema version than ours: shown, never rewritten. */
  readOnly: boolean;
  lineCounter: LineCounter;
}

export type ParsedSidecar = ParsedSidecarOk | { ok: false; errors: SidecarProblem[] };

// Aliases are expanded at most this many times: a "billion laughs" file fails instead of hanging.
const MAX_ALIAS_COUNT = 100;

/** Parses and validates sidecar YAML; bad input comes back as positioned errors, never as a throw. */
export function parseSidecar(source: string): ParsedSidecar {
  const lineCounter = new LineCounter();
  // 'core' schema and no custom tags: plain YAML only, so `!!js/function` and friends stay unresolved.
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true, schema: 'core', customTags: [], lineCounter, keepSourceTokens: false });
  const unresolvedTags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  const syntax = [...doc.errors, ...unresolvedTags].map(toProblem);
  if (syntax.length > 0) return { ok: false, errors: syntax };
  try {
    // An alias needs a "*"; without one the bound cannot be exceeded and the whole-tree conversion is skipped.
    if (source.includes('*')) doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, errors: [{ message: `Too many aliases (${(error as Error).message}).`, line: 1, column: 1 }] };
  }
  const { data, problems } = validateSidecar(doc, lineCounter);
  const warnings = doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED').map(toProblem);
  if (data.version > SIDECAR_SCHEMA_VERSION) {
    // A future version may use fields differently: what we cannot read is a warning, and nothing is written.
    warnings.unshift({ message: `Sidecar version ${data.version} is newer than this Sourcemark supports (${SIDECAR_SCHEMA_VERSION}); it is read-only.`, line: 1, column: 1 });
    return { ok: true, doc, data, warnings: [...warnings, ...problems], readOnly: true, lineCounter };
  }
  if (problems.length > 0) return { ok: false, errors: problems };
  if (doc.contents === null) warnings.push({ message: 'Empty sidecar: it will start with "version: 1" when first written.', line: 1, column: 1 });
  return { ok: true, doc, data, warnings, readOnly: false, lineCounter };
}

function toProblem(error: YAMLError): SidecarProblem {
  const position = error.linePos?.[0] ?? { line: 1, col: 1 };
  // prettyErrors appends " at line L, column C:" and a source excerpt; the position is reported separately.
  const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { message, line: position.line, column: position.col };
}
