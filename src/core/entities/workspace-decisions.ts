/** The analyst's entity decisions name articles relative to the workspace folder; the index and the CLI know absolute paths. */
import type { EntityDecisions } from './entity-decisions';

/** `decisions` with each article path made absolute by `toAbsolute` (the host's path or URI join). */
export function withAbsolutePaths(decisions: EntityDecisions, toAbsolute: (relativePath: string) => string): EntityDecisions {
  return {
    entities: decisions.entities,
    notEntities: decisions.notEntities.map((entry) => (entry.path === undefined ? entry : { ...entry, path: toAbsolute(entry.path) })),
  };
}
