import { RecognitionAssembler } from './assemble-recognition';
import { NameVotes } from './entities/name-votes';
import { recognizeBlocks, type BlockRecognition } from './recognize-block';
import { chooseTagger, type RecognizeOptions } from './recognize';
import { splitBlocks, type Block } from './split-blocks';
import type { TagScorer } from './tagger/tag-chunks';
import type { Recognition } from './types';

/**
 * Keeps the recognition of one document up to date while it is edited. An edit re-recognizes only the lines
 * it touches (plus one on each side, so a CR and an LF that meet or part are split right), keeps the other
 * lines' results, type votes and placed mentions, and reruns the document pass. Invariant: `result` deep-equals `recognize(text, options)`.
 */
export class DocumentRecognizer {
  // The text lives only in `blocks`; rebuilding a 1 MB string per keystroke would cost more than recognizing.
  private length: number;
  private blocks: Block[];
  private recognitions: BlockRecognition[];
  private readonly votes: NameVotes;
  private readonly assembler = new RecognitionAssembler();
  private current: Recognition;
  private readonly tagger: TagScorer | null;

  constructor(text: string, options: RecognizeOptions = {}) {
    this.tagger = chooseTagger(options);
    this.length = text.length;
    this.blocks = splitBlocks(text);
    this.recognitions = recognizeBlocks(this.blocks, this.tagger);
    this.votes = NameVotes.of(this.recognitions.map((recognition) => recognition.entities));
    this.current = this.assembler.assemble(this.blocks, this.recognitions, this.votes);
  }

  /** Entities and figures of the current text. */
  get result(): Recognition {
    return this.current;
  }

  /** Replaces `[start, end)` of the current text with `insertedText` and returns the new recognition. */
  applyEdit(start: number, end: number, insertedText: string): Recognition {
    if (!(start >= 0 && start <= end && end <= this.length)) {
      throw new RangeError(`edit [${start}, ${end}) outside a text of length ${this.length}`);
    }
    const starts = this.blockStarts();
    const first = Math.max(0, blockAt(starts, start) - 1);
    const last = Math.min(this.blocks.length - 1, blockAt(starts, end) + 1);
    const regionStart = starts[first];
    let regionText = '';
    for (let index = first; index <= last; index++) {
      regionText += this.blocks[index].text + this.blocks[index].lineBreak;
    }
    regionText = regionText.slice(0, start - regionStart) + insertedText + regionText.slice(end - regionStart);
    this.length += insertedText.length - (end - start);
    const region = splitBlocks(regionText);
    if (last < this.blocks.length - 1) {
      // The region ends with a line break, so splitting it leaves an empty tail that is not a line.
      region.pop();
    }
    const recognized = recognizeBlocks(region, this.tagger);
    this.blocks.splice(first, last - first + 1, ...region);
    this.assembler.replaceLines(first, last - first + 1, region.length);
    for (const removed of this.recognitions.splice(first, last - first + 1, ...recognized)) {
      this.votes.remove(removed.entities);
    }
    for (const added of recognized) {
      this.votes.add(added.entities);
    }
    this.current = this.assembler.assemble(this.blocks, this.recognitions, this.votes);
    return this.current;
  }

  private blockStarts(): number[] {
    const starts: number[] = new Array(this.blocks.length);
    let offset = 0;
    for (let index = 0; index < this.blocks.length; index++) {
      starts[index] = offset;
      offset += this.blocks[index].text.length + this.blocks[index].lineBreak.length;
    }
    return starts;
  }
}

/** Index of the last block starting at or before `offset`. */
function blockAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}
