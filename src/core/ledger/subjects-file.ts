/**
 * Reads and writes `.sourcemark/subjects.yaml` with the sidecars' safety rules (`GuardedYamlFile`): writes are
 * atomic and serialized, an edit is applied to the file as it is right before writing (re-applied if it changed
 * meanwhile), and a file that is not UTF-8, fails to parse or is read-only is reported and never written.
 */
import type { Document } from 'yaml';
import type { FileStore } from '../sidecar/file-store';
import { GuardedYamlFile } from '../sidecar/guarded-yaml-file';
import type { SidecarProblem } from '../sidecar/sidecar-problem';
import { createSubjectsDocument, ensureSubjectsMap, parseSubjects, type ParsedSubjects, type SubjectDecision } from './subject-decisions';

export type LoadedSubjects =
  | { status: 'missing'; decisions: Map<string, SubjectDecision> }
  | { status: 'ok'; decisions: Map<string, SubjectDecision>; warnings: SidecarProblem[] }
  | { status: 'invalid'; decisions: Map<string, SubjectDecision>; errors: SidecarProblem[] };

export type SubjectsUpdate = { ok: true; written: boolean } | { ok: false; message: string; errors: SidecarProblem[] };

export class SubjectsFile {
  private readonly file: GuardedYamlFile<ParsedSubjects>;

  constructor(
    files: FileStore,
    /** Absolute path of the decisions file. */
    readonly path: string,
  ) {
    this.file = new GuardedYamlFile(files, { parse: parseSubjects, createDocument: createSubjectsDocument, noun: 'subjects file' });
  }

  /** The decisions; an invalid file yields none (the automatic grouping) and its errors. */
  async load(): Promise<LoadedSubjects> {
    const { parsed } = await this.file.read(this.path);
    if (!parsed) return { status: 'missing', decisions: new Map() };
    if (!parsed.ok) return { status: 'invalid', decisions: new Map(), errors: parsed.errors };
    return { status: 'ok', decisions: parsed.decisions, warnings: parsed.warnings };
  }

  /** Applies `edit` to the file's Document (creating the file if missing) and writes it atomically. */
  async update(edit: (doc: Document) => void): Promise<SubjectsUpdate> {
    const result = await this.file.update(this.path, (doc) => {
      ensureSubjectsMap(doc);
      edit(doc);
    });
    return result.ok ? { ok: true, written: result.written } : { ok: false, message: result.message, errors: result.errors };
  }
}
