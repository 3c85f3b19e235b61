/** Finding and reading a workspace's entity decisions on Node's file system (the CLI). */
import * as path from 'node:path';
import { EntityDecisionTable } from '../core/entities/entity-decisions';
import { ENTITY_DECISIONS_PATH } from '../core/entities/entity-decisions-file';
import { EntityDecisionsStore } from '../core/entities/entity-decisions-store';
import { withAbsolutePaths } from '../core/entities/workspace-decisions';
import type { FileStore } from '../core/sidecar/file-store';
import { nodeFileStore } from './node-file-store';

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
    if (loaded.status === 'ok') return { table: new EntityDecisionTable(withAbsolutePaths(loaded.decisions, (p) => path.resolve(folder, p))) };
    if (path.dirname(folder) === folder) return { table: new EntityDecisionTable() };
  }
}
