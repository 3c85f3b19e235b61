/** A readable title for an article from its text: the headline, found past a scraped page's menus and share buttons. */

const MAX_TITLE = 80;
const LINES_SCANNED = 60;

/**
 * The first line that reads as a headline (3 to 25 words, not ending like a sentence, not a list item), else
 * the first sentence of the first paragraph, shortened to about 80 characters; undefined for text with neither.
 */
export function articleTitle(text: string): string | undefined {
  let firstParagraph: string | undefined;
  for (const raw of text.split(/\r\n|\r|\n/, LINES_SCANNED)) {
    const line = raw.trim().replace(/^#{1,6}\s+/, '');
    if (isListItem(line)) continue;
    const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length < 3) continue;
    if (words.length <= 25 && !/[.,;:]$/.test(line)) return shortenTitle(line);
    firstParagraph ??= line;
  }
  return firstParagraph === undefined ? undefined : shortenTitle(firstSentence(firstParagraph));
}

function isListItem(line: string): boolean {
  return /^([•·▪‣◦*+\-–—]|\d+[.)])\s/.test(line);
}

function firstSentence(paragraph: string): string {
  // A full stop after a lower-case word and before a capital: "... Russia. The agency" (not "N. Korean").
  const end = /\p{Ll}{2,}[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(paragraph);
  return end ? paragraph.slice(0, end.index + end[0].trimEnd().length) : paragraph;
}

/** A title cut at a word boundary to at most `max` characters, an ellipsis marking the cut. */
export function shortenTitle(title: string, max = MAX_TITLE): string {
  if (title.length <= max) return title;
  const cut = title.lastIndexOf(' ', max - 1);
  return `${title.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
