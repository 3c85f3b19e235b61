/** One line of a document and the line break that ends it ('' for the last line). */
export interface Block {
  text: string;
  lineBreak: string;
}

/**
 * Splits text at line breaks (CRLF, LF or CR); joining `text + lineBreak` of every block gives the text back. The
 * breaks are found with `indexOf`, which is faster than a pattern and makes no match array (nor a new string per CRLF).
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  while (nextCr !== -1 || nextLf !== -1) {
    if (nextLf === -1 || (nextCr !== -1 && nextCr < nextLf)) {
      const crlf = nextLf === nextCr + 1;
      blocks.push({ text: text.slice(start, nextCr), lineBreak: crlf ? '\r\n' : '\r' });
      start = crlf ? nextLf + 1 : nextCr + 1;
      nextCr = text.indexOf('\r', start);
      nextLf = crlf ? text.indexOf('\n', start) : nextLf;
    } else {
      blocks.push({ text: text.slice(start, nextLf), lineBreak: '\n' });
      start = nextLf + 1;
      nextLf = text.indexOf('\n', start);
    }
  }
  blocks.push({ text: text.slice(start), lineBreak: '' });
  return blocks;
}
