import { assembleRecognition } from './assemble-recognition';
import { recognizeBlock } from './recognize-block';
import { splitBlocks } from './split-blocks';
import type { Recognition } from './types';

/** Recognizes the entities and figures of a whole document; both lists sorted by start and non-overlapping. */
export function recognize(text: string): Recognition {
  const blocks = splitBlocks(text);
  return assembleRecognition(blocks, blocks.map((block) => recognizeBlock(block.text)));
}
