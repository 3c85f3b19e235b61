import { findLineEntities, type EntityCandidate } from './entities/find-line-entities';
import { findFigures } from './figures/find-figures';
import type { FigureMention } from './types';

/** What one line yields on its own, with offsets relative to the line. */
export interface BlockRecognition {
  entities: readonly EntityCandidate[];
  figures: readonly FigureMention[];
}

/** Recognizes one line (no line breaks): entity candidates and figures, before the document pass. */
export function recognizeBlock(line: string): BlockRecognition {
  return { entities: findLineEntities(line), figures: findFigures(line) };
}
