/**
 * The write loop every YAML file Sourcemark edits goes through (sidecars, `.sourcemark/entities.yaml`,
 * `.sourcemark/subjects.yaml`): read, decode strictly, parse with positions, refuse a file that is invalid or
 * read-only, edit the Document, write only if the file still holds what was read, and on a conflict re-read and
 * re-apply the edit (a merge) a bounded number of times. Updates of one file run one after another.
 */
import type { Document } from 'yaml';
import { sameBytes, type FileStore } from './file-store';
import { splitPath } from './sidecar-paths';
import type { SidecarProblem } from './sidecar-problem';
import { decodeSidecar, encodeSidecar, serializeSidecar, type TextStyle } from './serialize-sidecar';
import { recordShape, spliceEdits } from './splice-edits';

/** What a parser of the file's text returns: a Document with what it read, or positioned errors. */
export type ParsedYaml = { ok: true; doc: Document; readOnly: boolean; warnings: SidecarProblem[] } | { ok: false; errors: SidecarProblem[] };
export type ParsedYamlOk<P extends ParsedYaml> = Extract<P, { ok: true }>;
type ParsedYamlFailed = { ok: false; errors: SidecarProblem[] };

/** The file as one read found it. */
export interface YamlSnapshot<P extends ParsedYaml> {
  /** Undefined when the file is missing (or could not be read). */
  bytes: Uint8Array | undefined;
  /** The decoded source the parsed Document's node ranges point into. */
  text: string;
  style: TextStyle;
  /** Undefined when the file is missing. */
  parsed: P | ParsedYamlFailed | undefined;
}

export type GuardedUpdate<T, P extends ParsedYaml> =
  | { ok: true; value: T; written: boolean; /** The written text parsed again, when `verifyOutput` is set. */ output: ParsedYamlOk<P> | undefined }
  | { ok: false; reason: 'invalid' | 'read-only' | 'conflict' | 'unwritable'; message: string; errors: SidecarProblem[] };

export interface GuardedYamlFileOptions<P extends ParsedYaml> {
  parse: (text: string) => P;
  /** The Document an edit starts from when the file is missing. */
  createDocument: () => Document;
  /** Names the file in messages ("cannot read the sidecar: …"). */
  noun: string;
  /** Edits applied per update, re-applying after each conflict (another writer's write landed, so a retry is progress). */
  maxAttempts?: number;
  /** Creates the file's folder before a write. */
  ensureFolder?: (folder: string) => Promise<void>;
  /** Writes only the changed values where it can, so the analyst's spacing and line endings survive byte for byte. */
  splice?: boolean;
  /** Parses the text about to be written and throws (a bug in an edit) rather than write what would not read back. */
  verifyOutput?: boolean;
}

const NO_STYLE: TextStyle = { crlf: false, bom: false };
// Enough for files written now and then by hand, git or another window.
const DEFAULT_MAX_ATTEMPTS = 3;

/** A YAML file kind read and written under the sidecar rules; one instance serves any number of paths. */
export class GuardedYamlFile<P extends ParsedYaml> {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly files: FileStore,
    private readonly options: GuardedYamlFileOptions<P>,
  ) {}

  /** Reads and parses the file; a read failure (a folder, no permission) comes back as a positioned error. */
  async read(path: string): Promise<YamlSnapshot<P>> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.files.readFile(path);
    } catch (error) {
      const errors = [{ message: `cannot read the ${this.options.noun}: ${(error as Error).message}`, line: 1, column: 1 }];
      return { bytes: undefined, text: '', style: NO_STYLE, parsed: { ok: false, errors } };
    }
    if (bytes === undefined) return { bytes, text: '', style: NO_STYLE, parsed: undefined };
    const decoded = decodeSidecar(bytes);
    if (!decoded.ok) return { bytes, text: '', style: NO_STYLE, parsed: { ok: false, errors: [decoded.error] } };
    return { bytes, text: decoded.text, style: decoded.style, parsed: this.options.parse(decoded.text) };
  }

  /**
   * Applies `edit` to the file's Document (a fresh one when missing) and writes it if the bytes changed. `edit`
   * may run again after a concurrent change. `basis`, a snapshot `read` returned, is edited in place (no second
   * parse) if the file still holds its bytes; it must not be used again afterwards.
   */
  update<T>(path: string, edit: (doc: Document, parsed: ParsedYamlOk<P> | undefined) => T, basis?: YamlSnapshot<P>): Promise<GuardedUpdate<T, P>> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(() => this.applyAndWrite(path, edit, basis));
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }

  private async readOrReuse(path: string, basis: YamlSnapshot<P> | undefined): Promise<YamlSnapshot<P>> {
    if (!basis) return this.read(path);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.files.readFile(path);
    } catch {
      return this.read(path); // reports the failure the usual way
    }
    return sameBytes(bytes, basis.bytes) ? basis : this.read(path);
  }

  private async applyAndWrite<T>(path: string, edit: (doc: Document, parsed: ParsedYamlOk<P> | undefined) => T, basis?: YamlSnapshot<P>): Promise<GuardedUpdate<T, P>> {
    const { maxAttempts = DEFAULT_MAX_ATTEMPTS, splice, verifyOutput, ensureFolder, createDocument, parse } = this.options;
    let snapshot = await this.readOrReuse(path, basis);
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const parsed = snapshot.parsed;
      if (parsed && !parsed.ok) {
        return { ok: false, reason: 'invalid', message: `${path} has errors; fix them before Sourcemark can write to it.`, errors: parsed.errors };
      }
      if (parsed?.readOnly) {
        return { ok: false, reason: 'read-only', message: parsed.warnings[0]?.message ?? `${path} is read-only.`, errors: [] };
      }
      const ok = parsed as ParsedYamlOk<P> | undefined;
      const doc = ok ? ok.doc : createDocument();
      const shape = splice && ok ? recordShape(doc) : undefined;
      const value = edit(doc, ok);
      const spliced = shape && spliceEdits(snapshot.text, shape, doc);
      const bytes = spliced !== undefined ? encodeSidecar(spliced, snapshot.style) : serializeSidecar(doc, snapshot.style);
      const output = verifyOutput ? verified(parse, bytes, this.options.noun) : undefined;
      if (snapshot.bytes !== undefined && sameBytes(bytes, snapshot.bytes)) return { ok: true, value, written: false, output };
      let outcome;
      try {
        await ensureFolder?.(parentFolder(path));
        outcome = await this.files.writeFileAtomic(path, bytes, snapshot.bytes);
      } catch (error) {
        return { ok: false, reason: 'unwritable', message: `${path} was not written: ${(error as Error).message}.`, errors: [] };
      }
      if (outcome === 'written') return { ok: true, value, written: true, output };
      // Someone else (git, another editor, another window or process) wrote since our read: merge into that.
      snapshot = await this.read(path);
    }
    return { ok: false, reason: 'conflict', message: `${path} kept changing on disk; not written.`, errors: [] };
  }
}

function verified<P extends ParsedYaml>(parse: (text: string) => P, bytes: Uint8Array, noun: string): ParsedYamlOk<P> {
  const decoded = decodeSidecar(bytes);
  const parsed = decoded.ok ? parse(decoded.text) : undefined;
  if (!parsed?.ok) throw new Error(`An edit produced an invalid ${noun}: ${parsed ? parsed.errors[0]?.message : 'not UTF-8'}`);
  return parsed as ParsedYamlOk<P>;
}

function parentFolder(path: string): string {
  const { folder } = splitPath(path);
  return folder.length > 1 ? folder.slice(0, -1) : '.';
}
