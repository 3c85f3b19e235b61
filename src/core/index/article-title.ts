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
    if (words.length <= 25 && !/[.,;:]$/.test(line)) return shorten(line);
    firstParagraph ??= line;
  }
  return firstParagraph === undefined ? undefined : shorten(firstSentence(firstParagraph));
}

function isListItem(line: string): boolean {
  return /^([•·▪‣◦*+\-–—]|\d+[.)])\s/.test(line);
}

function firstSentence(paragraph: string): string {
  // A full stop after a lower-case word and before a capital: "... Russia. The agency" (not "N. Korean").
  const end = /\p{Ll}{2,}[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(paragraph);
  return end ? paragraph.slice(0, end.index + end[0].trimEnd().length) : paragraph;
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE - 1);
  return `${title.slice(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
