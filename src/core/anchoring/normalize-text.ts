/**
 * Text with whitespace runs collapsed, typographic quotes/dashes made plain and Markdown markup left out,
 * mapped back to the original.
 */
export interface NormalizedText {
  text: string;
  /** Original offset where normalized character i starts. */
  starts: Int32Array;
  /** Original offset just after normalized character i. */
  ends: Int32Array;
  /** Normalized offset of the character at original offset j (length original + 1). */
  fromOriginal: Int32Array;
}

// Curly quotes and primes become ASCII quotes, dashes a hyphen, so an editor's "smart quotes"
// or a copy from the web does not count as an edit.
function plainCode(code: number): number {
  if (code < 0x2010) return code;
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: return 39; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: return 34; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return 45; // -
    default: return code;
  }
}

/** Whitespace to the normalizer: a run of it becomes one space. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a);
}

// Emphasis (`**`, `__`, `*`, `_`) and code-span backticks: markup, not words, so adding or removing
// it is not an edit. The quote is normalized the same way, so an underscore in a name costs nothing.
function isEmphasis(code: number): boolean {
  return code === 42 || code === 95 || code === 96;
}

// `[text](url)`: the brackets and the "(url)" are markup, the text stays. The text may wrap
// onto the next line, but not across a blank line (a new paragraph).
const MARKDOWN_LINK = /\[((?:[^[\]\n]|\n(?![ \t]*\n)){1,500})\]\([^()\s]{0,2000}\)/g;

/** Original ranges [start, end) that Markdown links add around their text, in order. */
function linkMarkup(original: string): number[] {
  if (!original.includes('](')) return [];
  const ranges: number[] = [];
  for (const m of original.matchAll(MARKDOWN_LINK)) {
    const close = m.index + 1 + m[1].length;
    ranges.push(m.index, m.index + 1, close, m.index + m[0].length);
  }
  return ranges;
}

/**
 * Normalizes for matching: whitespace runs → one space (CRLF included), curly quotes → straight,
 * dashes → '-', Markdown emphasis, backticks and link syntax left out (a link keeps its text).
 */
export function normalizeText(original: string): NormalizedText {
  return normalize(original, true);
}

// Fragments (quote, prefix, suffix: tens of thousands per `check --fix`) need no offset maps: writes to these
// empty arrays are dropped, which saves four allocations per call.
const NO_MAP = new Int32Array(0);

function normalize(original: string, withMaps: boolean): NormalizedText {
  const n = original.length;
  const codes = new Uint16Array(n);
  const starts = withMaps ? new Int32Array(n + 1) : NO_MAP;
  const ends = withMaps ? new Int32Array(n + 1) : NO_MAP;
  const fromOriginal = withMaps ? new Int32Array(n + 1) : NO_MAP;
  const links = linkMarkup(original);
  let link = 0;
  let k = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    fromOriginal[i] = k;
    if (link < links.length && i >= links[link]) {
      // Inside link markup: skipped, like emphasis.
      if (i + 1 >= links[link + 1]) link += 2;
      i++;
      continue;
    }
    if (isEmphasis(code)) {
      i++;
      continue;
    }
    if (isSpace(code)) {
      let j = i + 1;
      while (j < n && isSpace(original.charCodeAt(j))) j++;
      if (k > 0 && codes[k - 1] === 32) {
        // Only skipped markup lies between this run and the previous one: still one space.
        for (let m = i; m < j; m++) fromOriginal[m] = k - 1;
        ends[k - 1] = j;
        i = j;
        continue;
      }
      for (let m = i + 1; m < j; m++) fromOriginal[m] = k;
      codes[k] = 32;
      starts[k] = i;
      ends[k] = j;
      i = j;
    } else {
      codes[k] = plainCode(code);
      starts[k] = i;
      ends[k] = i + 1;
      i++;
    }
    k++;
  }
  fromOriginal[n] = k;
  return { text: decodeUtf16(codes.subarray(0, k)), starts: starts.subarray(0, k), ends: ends.subarray(0, k), fromOriginal };
}

/** Normalizes a short string (quote, prefix, suffix) the same way, without the offset maps. */
export function normalizeFragment(fragment: string): string {
  return normalize(fragment, false).text;
}

// String.fromCharCode over chunks: far faster than joining a million one-char strings.
function decodeUtf16(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) {
    // apply() takes the typed array directly; spreading it would go through the iterator.
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join('');
}
