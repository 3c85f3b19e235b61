import type { Document } from 'yaml';
import type { SidecarData } from './annotation';
import type { FileStore } from './file-store';
import { GuardedYamlFile, type YamlSnapshot } from './guarded-yaml-file';
import { parseSidecar, type ParsedSidecar, type ParsedSidecarOk } from './parse-sidecar';
import { createSidecarDocument } from './sidecar-edits';
import { sidecarPathFor } from './sidecar-paths';
import type { SidecarProblem } from './sidecar-problem';

/** What loading an article's sidecar found. */
export type LoadedSidecar =
  | { status: 'missing'; path: string }
  | { status: 'invalid'; path: string; errors: SidecarProblem[] }
  | { status: 'ok'; path: string; sidecar: ParsedSidecarOk };

/** An edit to apply to the freshest Document; it may run more than once (after a concurrent change) and must be idempotent in intent. */
export type SidecarEdit<T> = (doc: Document, data: SidecarData) => T;

export type UpdateResult<T> =
  | { ok: true; value: T; written: boolean }
  | { ok: false; reason: 'invalid' | 'read-only' | 'conflict' | 'unwritable'; message: string; errors: SidecarProblem[] };

// Re-applying an edit after someone else wrote the file. Each conflict means another writer's write landed, so a
// retry is progress, not spinning; two busy writers (an editor and check --fix) can cost each other several rounds.
// Past this the file is being rewritten continuously, and the edit is reported instead of merged.
const MAX_ATTEMPTS = 20;

/**
 * Reads and writes sidecars through a FileStore. Writes are atomic and serialized per file; the
 * FileStore replaces the file only if it still holds the bytes the edit was applied to, and when it
 * changed meanwhile the edit is re-applied to the new content (a merge) rather than overwriting it.
 * A sidecar that fails to decode, parse or read, or is read-only, is never written.
 */
export class SidecarStore {
  private readonly file: GuardedYamlFile<ParsedSidecar>;
  // What `load` read, so an update based on it can skip a second parse while the file is unchanged (large sidecars).
  private readonly loaded = new WeakMap<ParsedSidecarOk, YamlSnapshot<ParsedSidecar>>();

  constructor(files: FileStore) {
    this.file = new GuardedYamlFile(files, { parse: parseSidecar, createDocument: createSidecarDocument, noun: 'sidecar', maxAttempts: MAX_ATTEMPTS, splice: true });
  }

  /** Loads the sidecar beside `articlePath`. */
  async load(articlePath: string): Promise<LoadedSidecar> {
    const path = sidecarPathFor(articlePath);
    const snapshot = await this.file.read(path);
    if (!snapshot.parsed) return { status: 'missing', path };
    if (!snapshot.parsed.ok) return { status: 'invalid', path, errors: snapshot.parsed.errors };
    this.loaded.set(snapshot.parsed, snapshot);
    return { status: 'ok', path, sidecar: snapshot.parsed };
  }

  /**
   * Applies `edit` to the sidecar beside `articlePath` (creating it if missing) and writes it if the text changed.
   * `basis`, a sidecar this store loaded, has its Document edited in place (no second parse) if the file still
   * holds the bytes it was loaded from; it must not be used again afterwards.
   */
  async update<T>(articlePath: string, edit: SidecarEdit<T>, basis?: ParsedSidecarOk): Promise<UpdateResult<T>> {
    const snapshot = basis && this.loaded.get(basis);
    if (basis) this.loaded.delete(basis);
    const result = await this.file.update(sidecarPathFor(articlePath), (doc, parsed) => edit(doc, parsed ? parsed.data : { version: 1, annotations: [] }), snapshot);
    return result.ok ? { ok: true, value: result.value, written: result.written } : result;
  }
}
