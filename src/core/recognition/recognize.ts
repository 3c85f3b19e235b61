import { RecognitionAssembler } from './assemble-recognition';
import { NameVotes } from './entities/name-votes';
import { recognizeBlocks } from './recognize-block';
import { splitBlocks } from './split-blocks';
import { taggerModel } from './tagger/tagger-model';
import type { TagScorer } from './tagger/tag-chunks';
import type { Recognition } from './types';

export interface RecognizeOptions {
  /**
   * Whether the trained tagger types the names the rules only guess (default true); false runs the rules alone.
   * Training passes the weights it is learning.
   */
  tagger?: boolean | TagScorer;
}

/** The tagger `options` ask for, or null for rules only. */
export function chooseTagger(options: RecognizeOptions = {}): TagScorer | null {
  return options.tagger === false ? null : options.tagger === undefined || options.tagger === true ? taggerModel() : options.tagger;
}

/** Recognizes the entities and figures of a whole document; both lists sorted by start and non-overlapping. */
export function recognize(text: string, options: RecognizeOptions = {}): Recognition {
  const tagger = chooseTagger(options);
  const blocks = splitBlocks(text);
  const recognitions = recognizeBlocks(blocks, tagger);
  return new RecognitionAssembler().assemble(blocks, recognitions, NameVotes.of(recognitions.map((recognition) => recognition.entities)));
}
