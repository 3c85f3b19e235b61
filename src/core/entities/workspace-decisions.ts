/** Finding and reading a workspace's entity decisions from the file system: what the CLI and the editor share. */
import * as path from 'node:path';
import type { FileStore } from '../sidecar/file-store';
import { nodeFileStore } from '../sidecar/node-file-store';
import { EntityDecisionTable, type EntityDecisions } from './entity-decisions';
import { ENTITY_DECISIONS_PATH } from './entity-decisions-file';
import { EntityDecisionsStore } from './entity-decisions-store';

/** The file names articles relative to the workspace folder; the index and the CLI know absolute paths. */
export function withAbsolutePaths(decisions: EntityDecisions, workspaceFolder: string): EntityDecisions {
  return {
    entities: decisions.entities,
    notEntities: decisions.notEntities.map((entry) => (entry.path === undefined ? entry : { ...entry, path: path.resolve(workspaceFolder, entry.path) })),
  };
}

/**
 * The decisions of the workspace `dir` is in: `.sourcemark/entities.yaml` in `dir` or its nearest parent
 * holding one. A file that does not parse yields no decisions and a `problem` naming its line and column.
 */
export async function loadEntityDecisionsNear(dir: string, files: FileStore = nodeFileStore): Promise<{ table: EntityDecisionTable; problem?: string }> {
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    const file = path.join(folder, ENTITY_DECISIONS_PATH);
    const loaded = await new EntityDecisionsStore(files, file, async () => undefined).load();
    if (loaded.status === 'invalid') {
      const first = loaded.errors[0];
      return { table: new EntityDecisionTable(), problem: `${file}:${first.line}:${first.column}: ${first.message} (entity decisions not applied)` };
    }
    if (loaded.status === 'ok') return { table: new EntityDecisionTable(withAbsolutePaths(loaded.decisions, folder)) };
    if (path.dirname(folder) === folder) return { table: new EntityDecisionTable() };
  }
}
