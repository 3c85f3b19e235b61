import { RecognitionAssembler } from './assemble-recognition';
import { NameVotes } from './entities/name-votes';
import { recognizeBlock } from './recognize-block';
import { splitBlocks } from './split-blocks';
import type { Recognition } from './types';

/** Recognizes the entities and figures of a whole document; both lists sorted by start and non-overlapping. */
export function recognize(text: string): Recognition {
  const blocks = splitBlocks(text);
  const recognitions = blocks.map((block) => recognizeBlock(block.text));
  return new RecognitionAssembler().assemble(blocks, recognitions, NameVotes.of(recognitions.map((recognition) => recognition.entities)));
}
