/**
 * Reads and writes `.sourcemark/subjects.yaml` with the sidecars' safety rules: writes are atomic and
 * serialized, an edit is applied to the file as it is right before writing (re-applied if it changed
 * meanwhile), and a file that fails to parse or is read-only is reported and never written.
 */
import type { Document } from 'yaml';
import { sameBytes, type FileStore } from '../sidecar/file-store';
import type { SidecarProblem } from '../sidecar/sidecar-problem';
import { createSubjectsDocument, ensureSubjectsMap, parseSubjects, SubjectDecision } from './subject-decisions';

export type LoadedSubjects =
  | { status: 'missing'; decisions: Map<string, SubjectDecision> }
  | { status: 'ok'; decisions: Map<string, SubjectDecision>; warnings: SidecarProblem[] }
  | { status: 'invalid'; decisions: Map<string, SubjectDecision>; errors: SidecarProblem[] };

export type SubjectsUpdate = { ok: true; written: boolean } | { ok: false; message: string; errors: SidecarProblem[] };

const MAX_ATTEMPTS = 3;

export class SubjectsFile {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly files: FileStore,
    /** Absolute path of the decisions file. */
    readonly path: string,
  ) {}

  /** The decisions; an invalid file yields none (the automatic grouping) and its errors. */
  async load(): Promise<LoadedSubjects> {
    const bytes = await this.files.readFile(this.path);
    if (bytes === undefined) return { status: 'missing', decisions: new Map() };
    const parsed = parseSubjects(decode(bytes));
    if (!parsed.ok) return { status: 'invalid', decisions: new Map(), errors: parsed.errors };
    return { status: 'ok', decisions: parsed.decisions, warnings: parsed.warnings };
  }

  /** Applies `edit` to the file's Document (creating the file if missing) and writes it atomically. */
  update(edit: (doc: Document) => void): Promise<SubjectsUpdate> {
    const next = this.queue.then(() => this.applyAndWrite(edit));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async applyAndWrite(edit: (doc: Document) => void): Promise<SubjectsUpdate> {
    let bytes = await this.files.readFile(this.path);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const text = bytes === undefined ? undefined : decode(bytes);
      const parsed = text === undefined ? undefined : parseSubjects(text);
      if (parsed && !parsed.ok) {
        return { ok: false, message: `${this.path} has errors; fix them before Sourcemark can write to it.`, errors: parsed.errors };
      }
      if (parsed?.readOnly) return { ok: false, message: parsed.warnings[0].message, errors: [] };
      const doc = parsed?.doc.contents ? parsed.doc : createSubjectsDocument();
      ensureSubjectsMap(doc);
      edit(doc);
      const crlf = text?.includes('\r\n') ?? false;
      const yaml = doc.toString({ flowCollectionPadding: false });
      const out = new TextEncoder().encode(crlf ? yaml.replace(/\r?\n/g, '\r\n') : yaml);
      if (bytes !== undefined && sameBytes(out, bytes)) return { ok: true, written: false };
      // Replaced only if unchanged since our read; else someone (git, an editor, another window) wrote: re-apply to theirs.
      if ((await this.files.writeFileAtomic(this.path, out, bytes)) === 'written') return { ok: true, written: true };
      bytes = await this.files.readFile(this.path);
    }
    return { ok: false, message: `${this.path} kept changing on disk; not written.`, errors: [] };
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
