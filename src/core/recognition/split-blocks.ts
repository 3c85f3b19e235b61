/** One line of a document and the line break that ends it ('' for the last line). */
export interface Block {
  text: string;
  lineBreak: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits text at line breaks (CRLF, LF or CR); joining `text + lineBreak` of every block gives the text back. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match !== null; match = LINE_BREAK.exec(text)) {
    blocks.push({ text: text.slice(start, match.index), lineBreak: match[0] });
    start = match.index + match[0].length;
  }
  blocks.push({ text: text.slice(start), lineBreak: '' });
  return blocks;
}
