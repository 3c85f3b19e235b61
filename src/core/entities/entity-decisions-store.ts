/**
 * Reads and writes `.sourcemark/entities.yaml` under the rules sidecars follow (`GuardedYamlFile`): atomic writes
 * serialized through one queue; each edit applied to the file as it is on disk right before writing and re-applied
 * if the file changed meanwhile; a file that fails to parse, or has a newer version, is never written.
 */
import type { Document } from 'yaml';
import type { FileStore } from '../sidecar/file-store';
import { GuardedYamlFile } from '../sidecar/guarded-yaml-file';
import type { SidecarProblem } from '../sidecar/sidecar-problem';
import { createEntityDecisionsDocument, parseEntityDecisions, type ParsedEntityDecisions } from './entity-decisions-file';
import { NO_ENTITY_DECISIONS, type EntityDecisions } from './entity-decisions';

export type LoadedEntityDecisions =
  | { status: 'missing'; decisions: EntityDecisions }
  | { status: 'invalid'; errors: SidecarProblem[] }
  | { status: 'ok'; decisions: EntityDecisions; readOnly: boolean; warnings: SidecarProblem[] };

export type EntityDecisionsUpdate =
  | { ok: true; written: boolean; decisions: EntityDecisions }
  | { ok: false; reason: 'invalid' | 'read-only' | 'conflict' | 'unwritable'; message: string; errors: SidecarProblem[] };

export class EntityDecisionsStore {
  private readonly file: GuardedYamlFile<ParsedEntityDecisions>;

  /** `ensureFolder` creates the file's folder (`.sourcemark/`) before the first write. */
  constructor(
    files: FileStore,
    readonly path: string,
    ensureFolder: (folder: string) => Promise<void>,
  ) {
    this.file = new GuardedYamlFile(files, {
      parse: parseEntityDecisions,
      createDocument: createEntityDecisionsDocument,
      noun: 'entities file',
      ensureFolder,
      verifyOutput: true,
    });
  }

  async load(): Promise<LoadedEntityDecisions> {
    const { parsed } = await this.file.read(this.path);
    if (!parsed) return { status: 'missing', decisions: NO_ENTITY_DECISIONS };
    if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
    return { status: 'ok', decisions: parsed.decisions, readOnly: parsed.readOnly, warnings: parsed.warnings };
  }

  /** Applies `edit` to the file's Document (created when missing) and writes it if the text changed. */
  async update(edit: (doc: Document) => void): Promise<EntityDecisionsUpdate> {
    const result = await this.file.update(this.path, (doc) => edit(doc));
    // `verifyOutput` parsed what the file now holds: the decisions in effect.
    if (result.ok) return { ok: true, written: result.written, decisions: result.output!.decisions };
    const first = result.errors[0];
    if (result.reason !== 'invalid' || !first) return result;
    return { ...result, message: `${this.path}:${first.line}:${first.column}: ${first.message} Fix it before Sourcemark can write to it.` };
  }
}
