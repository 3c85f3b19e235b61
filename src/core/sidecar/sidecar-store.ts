import type { Document } from 'yaml';
import type { SidecarData } from './annotation';
import type { FileStore } from './file-store';
import { parseSidecar, type ParsedSidecarOk } from './parse-sidecar';
import { createSidecarDocument } from './sidecar-edits';
import { sidecarPathFor } from './sidecar-paths';
import type { SidecarProblem } from './sidecar-problem';
import { decodeSidecar, serializeSidecar, type TextStyle } from './serialize-sidecar';

/** What loading an article's sidecar found. */
export type LoadedSidecar =
  | { status: 'missing'; path: string }
  | { status: 'invalid'; path: string; errors: SidecarProblem[] }
  | { status: 'ok'; path: string; sidecar: ParsedSidecarOk };

/** An edit to apply to the freshest Document; it may run more than once (after a concurrent change) and must be idempotent in intent. */
export type SidecarEdit<T> = (doc: Document, data: SidecarData) => T;

export type UpdateResult<T> =
  | { ok: true; value: T; written: boolean }
  | { ok: false; reason: 'invalid' | 'read-only' | 'conflict'; message: string; errors: SidecarProblem[] };

// Re-applying an edit after someone else wrote the file; past this the file is changing too fast to merge safely.
const MAX_ATTEMPTS = 3;

interface Snapshot {
  bytes: Uint8Array | undefined;
  style: TextStyle;
  parsed: ReturnType<typeof parseSidecar> | undefined;
}

/**
 * Reads and writes sidecars through a FileStore. Writes are atomic and serialized per file; an
 * edit is applied to the file as it is on disk right before writing, and if the file changed
 * meanwhile it is re-applied to the new content (a merge) rather than overwriting it. A sidecar
 * that fails to parse or is read-only is never written.
 */
export class SidecarStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly files: FileStore) {}

  /** Loads the sidecar beside `articlePath`. */
  async load(articlePath: string): Promise<LoadedSidecar> {
    const path = sidecarPathFor(articlePath);
    const snapshot = await this.read(path);
    if (!snapshot.parsed) return { status: 'missing', path };
    if (!snapshot.parsed.ok) return { status: 'invalid', path, errors: snapshot.parsed.errors };
    return { status: 'ok', path, sidecar: snapshot.parsed };
  }

  /** Applies `edit` to the sidecar beside `articlePath` (creating it if missing) and writes it if the text changed. */
  update<T>(articlePath: string, edit: SidecarEdit<T>): Promise<UpdateResult<T>> {
    const path = sidecarPathFor(articlePath);
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(() => this.applyAndWrite(path, edit));
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }

  private async read(path: string): Promise<Snapshot> {
    const bytes = await this.files.readFile(path);
    if (bytes === undefined) return { bytes, style: { crlf: false, bom: false }, parsed: undefined };
    const { text, style } = decodeSidecar(bytes);
    return { bytes, style, parsed: parseSidecar(text) };
  }

  private async applyAndWrite<T>(path: string, edit: SidecarEdit<T>): Promise<UpdateResult<T>> {
    let snapshot = await this.read(path);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const parsed = snapshot.parsed;
      if (parsed && !parsed.ok) {
        return { ok: false, reason: 'invalid', message: `${path} has errors; fix them before Sourcemark can write to it.`, errors: parsed.errors };
      }
      if (parsed?.readOnly) {
        return { ok: false, reason: 'read-only', message: parsed.warnings[0]?.message ?? `${path} is read-only.`, errors: [] };
      }
      const doc = parsed ? parsed.doc : createSidecarDocument();
      const value = edit(doc, parsed ? parsed.data : { version: 1, annotations: [] });
      const bytes = serializeSidecar(doc, snapshot.style);
      if (snapshot.bytes !== undefined && sameBytes(bytes, snapshot.bytes)) return { ok: true, value, written: false };
      // Someone else (git, another editor, another window) may have written since our read.
      const current = await this.read(path);
      if (!sameBytes(current.bytes, snapshot.bytes)) {
        snapshot = current;
        continue;
      }
      await this.files.writeFileAtomic(path, bytes);
      return { ok: true, value, written: true };
    }
    return { ok: false, reason: 'conflict', message: `${path} kept changing on disk; not written.`, errors: [] };
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
