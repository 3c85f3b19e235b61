import { findLineEntities, type EntityCandidate } from './entities/find-line-entities';
import { findFigures } from './figures/find-figures';
import type { TagScorer } from './tagger/tag-chunks';
import type { FigureMention } from './types';

/** What one line yields on its own, with offsets relative to the line. */
export interface BlockRecognition {
  entities: readonly EntityCandidate[];
  /** Whether a candidate defines an abbreviation, "(NIS)"; most lines do not, and the document pass skips them. */
  defines: boolean;
  figures: readonly FigureMention[];
}

/** What every empty line yields; paragraph breaks make a third of an article's lines empty, and they share it. */
const EMPTY_LINE: BlockRecognition = { entities: [], defines: false, figures: [] };

/** Recognizes one line (no line breaks): entity candidates and figures, before the document pass; `tagger` null for rules only. */
export function recognizeBlock(line: string, tagger: TagScorer | null): BlockRecognition {
  if (line.length === 0) {
    return EMPTY_LINE;
  }
  const entities = findLineEntities(line, tagger);
  return { entities, defines: entities.some((candidate) => candidate.longForm !== undefined), figures: findFigures(line) };
}
