import type { Block } from '../split-blocks';

/** Page headings over lists of links to other stories ("Most Read", "Related Stories", "More from Asia"). */
const LIST_HEADING =
  /^(?:most (?:read|popular|viewed|shared|commented)|related(?: stories| articles| news| coverage| content)?|read next|read more|more from\b.*|latest on\b.*|latest news|trending(?: now| stories)?|top stories|you may also like|recommended)\s*:?$/iu;
const MAX_HEADING = 60;
/** A line of prose, which ends the list: longer than a headline and ending a sentence. */
const MIN_PROSE = 80;
const SENTENCE_END = /[.!?]["”’)]?\s*$/u;

/**
 * Marks the lines of link lists under page headings, from the line after the heading up to the next prose paragraph.
 * The list spans lines, so this is part of the document pass, not of one line's recognition.
 */
export function findBoilerplateLists(blocks: readonly Block[]): boolean[] {
  const skipped = new Array<boolean>(blocks.length).fill(false);
  let inList = false;
  for (let index = 0; index < blocks.length; index++) {
    if (blocks[index].text.length === 0) {
      // Neither heading nor prose: a third of an article's lines, and this runs over all of them on every keystroke.
      skipped[index] = inList;
      continue;
    }
    const text = blocks[index].text.trim();
    if (text.length <= MAX_HEADING && LIST_HEADING.test(text)) {
      inList = true;
      skipped[index] = true;
    } else if (inList && text.length > MIN_PROSE && SENTENCE_END.test(text)) {
      inList = false;
    } else {
      skipped[index] = inList;
    }
  }
  return skipped;
}
