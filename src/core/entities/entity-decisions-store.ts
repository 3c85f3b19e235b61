/**
 * Reads and writes `.sourcemark/entities.yaml` under the rules sidecars follow: atomic writes serialized
 * through one queue; each edit applied to the file as it is on disk right before writing and re-applied if
 * the file changed meanwhile; a file that fails to parse, or has a newer version, is never written.
 */
import type { Document } from 'yaml';
import { sameBytes, type FileStore } from '../sidecar/file-store';
import { decodeSidecar, serializeSidecar, type TextStyle } from '../sidecar/serialize-sidecar';
import type { SidecarProblem } from '../sidecar/sidecar-problem';
import { createEntityDecisionsDocument, parseEntityDecisions, type ParsedEntityDecisions } from './entity-decisions-file';
import { NO_ENTITY_DECISIONS, type EntityDecisions } from './entity-decisions';

export type LoadedEntityDecisions =
  | { status: 'missing'; decisions: EntityDecisions }
  | { status: 'invalid'; errors: SidecarProblem[] }
  | { status: 'ok'; decisions: EntityDecisions; readOnly: boolean; warnings: SidecarProblem[] };

export type EntityDecisionsUpdate =
  | { ok: true; written: boolean; decisions: EntityDecisions }
  | { ok: false; reason: 'invalid' | 'read-only' | 'conflict'; message: string; errors: SidecarProblem[] };

const MAX_ATTEMPTS = 3;

interface Snapshot {
  bytes: Uint8Array | undefined;
  style: TextStyle;
  parsed: ParsedEntityDecisions | undefined;
}

export class EntityDecisionsStore {
  private queue: Promise<unknown> = Promise.resolve();

  /** `ensureFolder` creates the file's folder (`.sourcemark/`) before the first write. */
  constructor(
    private readonly files: FileStore,
    readonly path: string,
    private readonly ensureFolder: (folder: string) => Promise<void>,
  ) {}

  async load(): Promise<LoadedEntityDecisions> {
    const { parsed } = await this.read();
    if (!parsed) return { status: 'missing', decisions: NO_ENTITY_DECISIONS };
    if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
    return { status: 'ok', decisions: parsed.decisions, readOnly: parsed.readOnly, warnings: parsed.warnings };
  }

  /** Applies `edit` to the file's Document (created when missing) and writes it if the text changed. */
  update(edit: (doc: Document) => void): Promise<EntityDecisionsUpdate> {
    const next = this.queue.then(() => this.applyAndWrite(edit));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<Snapshot> {
    const bytes = await this.files.readFile(this.path);
    if (bytes === undefined) return { bytes, style: { crlf: false, bom: false }, parsed: undefined };
    const decoded = decodeSidecar(bytes);
    if (!decoded.ok) return { bytes, style: { crlf: false, bom: false }, parsed: { ok: false, errors: [decoded.error] } };
    return { bytes, style: decoded.style, parsed: parseEntityDecisions(decoded.text) };
  }

  private async applyAndWrite(edit: (doc: Document) => void): Promise<EntityDecisionsUpdate> {
    let snapshot = await this.read();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const parsed = snapshot.parsed;
      if (parsed && !parsed.ok) {
        const first = parsed.errors[0];
        return { ok: false, reason: 'invalid', message: `${this.path}:${first.line}:${first.column}: ${first.message} Fix it before Sourcemark can write to it.`, errors: parsed.errors };
      }
      if (parsed?.readOnly) return { ok: false, reason: 'read-only', message: parsed.warnings[0]?.message ?? `${this.path} is read-only.`, errors: [] };
      const doc = parsed ? parsed.doc : createEntityDecisionsDocument();
      edit(doc);
      const bytes = serializeSidecar(doc, snapshot.style);
      const reparsed = parseEntityDecisions(new TextDecoder().decode(bytes));
      if (!reparsed.ok) throw new Error(`An entity decision produced an invalid file: ${reparsed.errors[0].message}`);
      if (snapshot.bytes !== undefined && sameBytes(bytes, snapshot.bytes)) return { ok: true, written: false, decisions: reparsed.decisions };
      await this.ensureFolder(parentFolder(this.path));
      // Replaced only if the file still holds what the edit was applied to; else someone wrote meanwhile: merge into that.
      if ((await this.files.writeFileAtomic(this.path, bytes, snapshot.bytes)) === 'written') return { ok: true, written: true, decisions: reparsed.decisions };
      snapshot = await this.read();
    }
    return { ok: false, reason: 'conflict', message: `${this.path} kept changing on disk; not written.`, errors: [] };
  }
}

function parentFolder(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash > 0 ? path.slice(0, slash) : '.';
}
