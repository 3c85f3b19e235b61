import type { Document } from 'yaml';
import type { SidecarData } from './annotation';
import { sameBytes, type FileStore } from './file-store';
import { parseSidecar, type ParsedSidecarOk } from './parse-sidecar';
import { createSidecarDocument } from './sidecar-edits';
import { sidecarPathFor } from './sidecar-paths';
import type { SidecarProblem } from './sidecar-problem';
import { decodeSidecar, encodeSidecar, serializeSidecar, type TextStyle } from './serialize-sidecar';
import { recordShape, spliceEdits } from './splice-edits';

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

const NO_STYLE: TextStyle = { crlf: false, bom: false };

interface Snapshot {
  bytes: Uint8Array | undefined;
  /** The decoded source the parsed Document's node ranges point into. */
  text: string;
  style: TextStyle;
  parsed: ReturnType<typeof parseSidecar> | undefined;
}

/**
 * Reads and writes sidecars through a FileStore. Writes are atomic and serialized per file; the
 * FileStore replaces the file only if it still holds the bytes the edit was applied to, and when it
 * changed meanwhile the edit is re-applied to the new content (a merge) rather than overwriting it.
 * A sidecar that fails to decode, parse or read, or is read-only, is never written.
 */
export class SidecarStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  // What `load` read, so an update based on it can skip a second parse while the file is unchanged (large sidecars).
  private readonly loaded = new WeakMap<ParsedSidecarOk, Snapshot>();

  constructor(private readonly files: FileStore) {}

  /** Loads the sidecar beside `articlePath`. */
  async load(articlePath: string): Promise<LoadedSidecar> {
    const path = sidecarPathFor(articlePath);
    const snapshot = await this.read(path);
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
  update<T>(articlePath: string, edit: SidecarEdit<T>, basis?: ParsedSidecarOk): Promise<UpdateResult<T>> {
    const path = sidecarPathFor(articlePath);
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(() => this.applyAndWrite(path, edit, basis));
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }

  private async readOrReuse(path: string, basis: ParsedSidecarOk | undefined): Promise<Snapshot> {
    const loaded = basis && this.loaded.get(basis);
    if (!loaded) return this.read(path);
    this.loaded.delete(basis);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.files.readFile(path);
    } catch {
      return this.read(path); // reports the failure the usual way
    }
    return sameBytes(bytes, loaded.bytes) ? loaded : this.read(path);
  }

  private async read(path: string): Promise<Snapshot> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.files.readFile(path);
    } catch (error) {
      // Unreadable (a folder, no permission, a dangling link): reported for this file like a parse error.
      const errors = [{ message: `cannot read the sidecar: ${(error as Error).message}`, line: 1, column: 1 }];
      return { bytes: undefined, text: '', style: NO_STYLE, parsed: { ok: false, errors } };
    }
    if (bytes === undefined) return { bytes, text: '', style: NO_STYLE, parsed: undefined };
    const decoded = decodeSidecar(bytes);
    if (!decoded.ok) return { bytes, text: '', style: NO_STYLE, parsed: { ok: false, errors: [decoded.error] } };
    return { bytes, text: decoded.text, style: decoded.style, parsed: parseSidecar(decoded.text) };
  }

  private async applyAndWrite<T>(path: string, edit: SidecarEdit<T>, basis?: ParsedSidecarOk): Promise<UpdateResult<T>> {
    let snapshot = await this.readOrReuse(path, basis);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const parsed = snapshot.parsed;
      if (parsed && !parsed.ok) {
        return { ok: false, reason: 'invalid', message: `${path} has errors; fix them before Sourcemark can write to it.`, errors: parsed.errors };
      }
      if (parsed?.readOnly) {
        return { ok: false, reason: 'read-only', message: parsed.warnings[0]?.message ?? `${path} is read-only.`, errors: [] };
      }
      const doc = parsed ? parsed.doc : createSidecarDocument();
      const shape = parsed ? recordShape(doc) : undefined;
      const value = edit(doc, parsed ? parsed.data : { version: 1, annotations: [] });
      // Only the changed values where we can, so the analyst's spacing and line endings survive byte for byte.
      const spliced = shape && spliceEdits(snapshot.text, shape, doc);
      const bytes = spliced !== undefined ? encodeSidecar(spliced, snapshot.style) : serializeSidecar(doc, snapshot.style);
      if (snapshot.bytes !== undefined && sameBytes(bytes, snapshot.bytes)) return { ok: true, value, written: false };
      let outcome;
      try {
        outcome = await this.files.writeFileAtomic(path, bytes, snapshot.bytes);
      } catch (error) {
        return { ok: false, reason: 'unwritable', message: `${path} was not written: ${(error as Error).message}.`, errors: [] };
      }
      if (outcome === 'written') return { ok: true, value, written: true };
      // Someone else (git, another editor, another window or process) wrote since our read: merge into that.
      snapshot = await this.read(path);
    }
    return { ok: false, reason: 'conflict', message: `${path} kept changing on disk; not written.`, errors: [] };
  }
}
