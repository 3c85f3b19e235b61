import { EQUIPMENT_CLASS_HEADS, EQUIPMENT_NAMES } from './equipment-words';
import { PLACE_ALIASES } from './place-names';
import type { EntityType } from '../types';

/**
 * Lower-case form of a name: hyphens and runs of spaces become one space, curly quotes straight. A caller that already
 * holds `text.toLowerCase()` (a token's `lower`) passes it, so it is not made again.
 */
export function normalizeName(text: string, lower = text.toLowerCase()): string {
  // Most names need only lower-casing; the replacements are a measurable share of a line's time.
  return needsNormalizing(lower) ? lower.replace(/[’‘]/g, "'").replace(/[-\s\u00a0]+/g, ' ').trim() : lower;
}

/**
 * Whether `text` holds curly quotes, hyphens, or spaces other than one plain space between words (any `\s` but " ").
 * Read by code unit: most names hold only letters, which the first test passes, and a regex was slower.
 */
function needsNormalizing(text: string): boolean {
  const last = text.length - 1;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(last) === 32) {
    return true;
  }
  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code > 45 && code < 0xa0) {
      continue;
    }
    if (code === 32 ? text.charCodeAt(index + 1) === 32 : code === 45 || isOtherSpace(code) || code === 0x2018 || code === 0x2019) {
      return true;
    }
  }
  return false;
}

/** The code units `\s` matches, but for the plain space. */
function isOtherSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The form a key is made of: place aliases resolved ("u.s." → "united states"), equipment classes and names singular. */
export function canonicalName(name: string, type: EntityType): string {
  if (type === 'place') {
    return PLACE_ALIASES.get(name) ?? name;
  }
  if (type === 'equipment' && name.endsWith('s') && EQUIPMENT_NAMES.has(name.slice(0, -1))) {
    return name.slice(0, -1);
  }
  if (type === 'equipment' && EQUIPMENT_CLASS_HEADS.has(name.slice(name.lastIndexOf(' ') + 1))) {
    return singularClass(name);
  }
  return name;
}

/** Upper-case letters of an acronym without periods or plural s ("ICBMs" → "ICBM", "U.S." → "US"). */
export function acronymLetters(text: string): string {
  return text.replace(/\.|s$/g, '').toUpperCase();
}

/** "multiple rocket launchers" → "multiple rocket launcher"; names whose last word is not a plural class stay. */
function singularClass(name: string): string {
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  return EQUIPMENT_CLASS_HEADS.has(singular.slice(singular.lastIndexOf(' ') + 1)) ? singular : name;
}
