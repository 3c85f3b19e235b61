import type { EntityMention, EntityType } from '../types';
import type { EntityCandidate } from './find-line-entities';
import type { NameVotes } from './name-votes';
import { canonicalName } from './normalize-name';

/** The candidates of one line. */
export interface LineCandidates {
  entities: readonly EntityCandidate[];
  /** Whether a candidate defines an abbreviation (has a `longForm`). */
  defines: boolean;
}

/** What a name resolves to: its type and key. */
interface Resolution {
  type: EntityType;
  key: string;
}

/**
 * The document pass: gives each name the type its strongest mentions agree on (`votes` counts exactly the
 * candidates of `lines`), links surnames to the full person name ("Choe" → "choe son hui"), expands defined
 * abbreviations ("NIS" → "national intelligence service"), drops names no line could type, and builds keys,
 * placing each line's mentions at `starts[line]`. Cheap enough to rerun on every edit.
 */
export function resolveEntities(lines: readonly LineCandidates[], starts: readonly number[], votes: NameVotes): EntityMention[] {
  const surnames = votes.surnames();
  const definitions = collectDefinitions(lines);
  // Mentions of one name resolve alike, except that lexicon matches (confidence 3) are not read as surnames;
  // so each resolution is computed once per name and pass.
  const resolutions = new Map<string, Resolution | null>();
  const listedResolutions = new Map<string, Resolution | null>();
  const mentions: EntityMention[] = [];
  for (let index = 0; index < lines.length; index++) {
    const start = starts[index];
    for (const candidate of lines[index].entities) {
      const memo = candidate.confidence === 3 ? listedResolutions : resolutions;
      let resolved = memo.get(candidate.name);
      if (resolved === undefined) {
        resolved = resolve(candidate, votes, surnames, definitions);
        memo.set(candidate.name, resolved);
      }
      if (resolved !== null) {
        mentions.push({
          start: start + candidate.start,
          end: start + candidate.end,
          text: candidate.text,
          type: resolved.type,
          key: resolved.key,
        });
      }
    }
  }
  return mentions;
}

function resolve(
  candidate: EntityCandidate,
  votes: NameVotes,
  surnames: ReadonlyMap<string, string>,
  definitions: ReadonlyMap<string, EntityCandidate | null>,
): Resolution | null {
  if (candidate.acronym !== null && definitions.has(candidate.acronym)) {
    const longForm = definitions.get(candidate.acronym) ?? null;
    if (longForm === null) {
      return null;
    }
    const type = votes.typeOf(longForm.name) ?? longForm.type;
    return type === null ? null : resolution(type, longForm.name);
  }
  if (candidate.confidence < 3) {
    const fullName = surnames.get(candidate.name);
    if (fullName !== undefined) {
      return resolution('person', fullName);
    }
  }
  const type = votes.typeOf(candidate.name);
  return type === null ? null : resolution(type, candidate.name);
}

function resolution(type: EntityType, name: string): Resolution {
  return { type, key: `${type}:${canonicalName(name, type)}` };
}

/** Acronym letters → the long form defined for them in parentheses; the first definition wins. */
function collectDefinitions(lines: readonly LineCandidates[]): Map<string, EntityCandidate | null> {
  const definitions = new Map<string, EntityCandidate | null>();
  for (const line of lines) {
    if (!line.defines) {
      continue;
    }
    for (const candidate of line.entities) {
      if (candidate.acronym !== null && candidate.longForm !== undefined && !definitions.has(candidate.acronym)) {
        definitions.set(candidate.acronym, candidate.longForm);
      }
    }
  }
  return definitions;
}
