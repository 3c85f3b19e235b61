/** The sentence containing an offset: what "Add Claim" annotates when nothing is selected. */

const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s)/g;

/** Span of the sentence around `offset`, within its line, without surrounding whitespace. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline;
  let start = lineStart;
  let end = lineEnd;
  SENTENCE_END.lastIndex = lineStart;
  for (let match = SENTENCE_END.exec(text); match && match.index < lineEnd; match = SENTENCE_END.exec(text)) {
    const after = match.index + match[0].length;
    if (after <= offset) start = after;
    else {
      end = after;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
