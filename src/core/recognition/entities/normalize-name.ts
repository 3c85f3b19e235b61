import { EQUIPMENT_CLASS_HEADS, EQUIPMENT_NAMES } from './equipment-words';
import { PLACE_ALIASES } from './place-names';
import type { EntityType } from '../types';

/**
 * Lower-case form of a name: hyphens and runs of spaces become one space, curly quotes straight. A caller that already
 * holds `text.toLowerCase()` (a token's `lower`) passes it, so it is not made again.
 */
export function normalizeName(text: string, lower = text.toLowerCase()): string {
  // Most names need only lower-casing; the replacements are a measurable share of a line's time.
  return NEEDS_NORMALIZING.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[-\s\u00a0]+/g, ' ').trim() : lower;
}

/** Curly quotes, hyphens, and spaces other than one plain space between words. */
const NEEDS_NORMALIZING = /[’‘\-\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|  |^ | $/;

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
