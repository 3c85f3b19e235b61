import type { Piece } from './classify-chunk';
import {
  DESIGNATION_CLASS_NOUNS,
  EQUIPMENT_CLASS_HEADS,
  EQUIPMENT_MODIFIERS,
  GENERIC_WEAPON_HEADS,
  GENERIC_WEAPON_MODIFIERS,
  LONE_SINGULAR_HEADS,
  MODIFIED_GENERIC_HEADS,
  MODIFIED_NOUNS,
  NOUN_PHRASE_ENDS,
  PERSON_CLASSES,
  QUALIFIED_HEADS,
} from './equipment-words';
import { ORGANIZATION_NAMES } from './organization-words';
import type { Token } from './tokenize-line';

/**
 * Finds lower-case weapon and platform classes ("multiple rocket launchers", "drones", "landing ships") among
 * tokens no name owns. A run of modifiers and heads must end on a head; a head that cannot stand alone needs a
 * modifier before it. A class right after a system's name (and model number) joins it ("J-16 fighter jets", "Shahed
 * drones", "Leopard 2A6 tanks"): the returned piece then covers the name's piece, which the caller drops. A generic
 * weapon noun after a name only types the name ("KAB guided bombs" → `KAB`).
 */
export function findEquipmentClasses(line: string, tokens: readonly Token[], owners: readonly (Piece | undefined)[]): Piece[] {
  const pieces: Piece[] = [];
  let index = 0;
  while (index < tokens.length) {
    const designation = designationBefore(tokens, owners, index);
    if (designation !== undefined) {
      // "J-10 fighters": a word for fighters after a hyphenated designation names the aircraft, not an armed group; the
      // guidelines list only "fighter jet(s)" as a class head, so the word stays outside the span ("F-35 fighters" → `F-35`).
      pieces.push({ ...designation, type: 'equipment', confidence: 3 });
      index++;
      continue;
    }
    let end = index;
    while (end < tokens.length && (end === index || (tokens[end].gap === ' ' && !tokens[end - 1].possessive)) && isClassWord(tokens[end], owners[end])) {
      end++;
    }
    const found = end > index ? classPiece(line, tokens, owners, index, end) : undefined;
    const system = found === undefined ? systemBeforeGenericHead(tokens, owners, index) : undefined;
    if (found !== undefined || system !== undefined) {
      pieces.push((found ?? system) as Piece);
    }
    index = Math.max(end, index + 1);
  }
  return withIndexNumbers(line, pieces, owners);
}

/** A digit-led index number right before a system's name ("2S19 Msta-S", "9K720 Iskander"), which is not a token. */
const INDEX_NUMBER = /(?:^|[\s(])(\d[A-Z]{1,2}\d{1,4}[A-Z]?) $/;
const MAX_INDEX_NUMBER = 10;

/**
 * The classes with the index number before them, and the systems the rules named that no class covers, when one
 * stands before them: each such piece covers the rule's piece, which the caller drops.
 */
function withIndexNumbers(line: string, classes: Piece[], owners: readonly (Piece | undefined)[]): Piece[] {
  const pieces = classes.map((found) => withIndexNumber(line, found));
  let previous: Piece | undefined;
  for (const owner of owners) {
    if (owner === undefined || owner === previous) {
      continue;
    }
    previous = owner;
    const uncovered = owner.type === 'equipment' && !classes.some((found) => found.start <= owner.start && owner.end <= found.end);
    const numbered = uncovered ? withIndexNumber(line, owner) : owner;
    if (numbered !== owner) {
      pieces.push(numbered);
    }
  }
  return pieces;
}

function withIndexNumber(line: string, found: Piece): Piece {
  const number = INDEX_NUMBER.exec(line.slice(Math.max(0, found.start - MAX_INDEX_NUMBER), found.start));
  return number === null ? found : { ...found, start: found.start - number[1].length - 1 };
}

/** The class that the run of class words `[index, end)` names, joined to a system's name right before it, if any. */
function classPiece(line: string, tokens: readonly Token[], owners: readonly (Piece | undefined)[], index: number, end: number): Piece | undefined {
  let last = end - 1;
  while (last >= index && !isHead(tokens, last, index)) {
    last--;
  }
  if ((last > index && PERSON_CLASSES.has(`${tokens[last - 1].lower} ${tokens[last].lower}`)) || (last >= index && namesVesselAfter(tokens, owners, last))) {
    return undefined;
  }
  const name = systemNameBefore(tokens, owners, index);
  if (last >= index && !isModifier(tokens, last)) {
    const head = tokens[last].lower;
    const standsAlone = last > index || EQUIPMENT_CLASS_HEADS.get(head) === true || (LONE_SINGULAR_HEADS.has(head) && endsNounPhrase(line, tokens, last));
    if (name !== undefined && (standsAlone || EQUIPMENT_CLASS_HEADS.get(`${head}s`) === true)) {
      return { firstToken: name.firstToken, endToken: last + 1, start: name.start, end: tokens[last].end, type: 'equipment', confidence: 3 };
    }
    return standsAlone ? { firstToken: index, endToken: last + 1, start: tokens[index].start, end: tokens[last].end, type: 'equipment', confidence: 3 } : undefined;
  }
  if (last >= index && name !== undefined && name.type !== 'equipment') {
    // "Hsiung Feng missile batteries": the class word is a modifier, but it still says what the name is.
    return { ...name, type: 'equipment', confidence: 2 };
  }
  return undefined;
}

/** "the stealth destroyer INS Kolkata", "a Virginia-class submarine USS Idaho": the guidelines leave the class word before a vessel's name out. */
function namesVesselAfter(tokens: readonly Token[], owners: readonly (Piece | undefined)[], head: number): boolean {
  const vessel = owners[head + 1];
  return vessel !== undefined && vessel.type === 'equipment' && vessel.firstToken === head + 1 && tokens[head + 1].gap === ' ';
}

/**
 * Whether the noun phrase ends with the head at `head`: at the end of the line, before punctuation (not a list of
 * modifiers, "drone, missile and rocket attacks") or before a word that ends noun phrases.
 */
function endsNounPhrase(line: string, tokens: readonly Token[], head: number): boolean {
  if (tokens[head].possessive) {
    return false;
  }
  const next = tokens[head + 1];
  const rest = line.slice(tokens[head].end, next === undefined ? line.length : next.start);
  if (next !== undefined && rest === ' ') {
    return !next.capitalized && NOUN_PHRASE_ENDS.has(next.lower);
  }
  if (rest.startsWith(',')) {
    return !(next !== undefined && rest === ', ' && isClassWord(next, undefined));
  }
  return /^\s*(?:$|[.;:!?)"”’—–])/u.test(rest);
}

/**
 * "KAB guided aerial bombs", "Tor-M2 launcher", "PKM machine guns": a name no rule typed surely before (modifiers and) a
 * generic weapon noun; not a lone word opening a sentence, where the noun may be a verb ("Separatists bomb a convoy").
 */
function systemBeforeGenericHead(tokens: readonly Token[], owners: readonly (Piece | undefined)[], index: number): Piece | undefined {
  const name = systemNameBefore(tokens, owners, index, true);
  const numbered = name !== undefined && tokens[index].gap !== ' ';
  if (name === undefined || (name.type === 'equipment' && !numbered) || (name.endToken - name.firstToken === 1 && tokens[name.firstToken].sentenceStart)) {
    return undefined;
  }
  let head = index;
  while (head < tokens.length && isUnownedWord(tokens, owners, head, index) && isGenericModifier(tokens[head].lower)) {
    head++;
  }
  if (!(head < tokens.length && isUnownedWord(tokens, owners, head, index) && GENERIC_WEAPON_HEADS.has(tokens[head].lower)) && head > index) {
    // "Zorva aircraft": a generic noun that is also a class modifier ("aircraft carrier") ends the phrase.
    head--;
  }
  const generic = isUnownedWord(tokens, owners, head, index) && GENERIC_WEAPON_HEADS.has(tokens[head].lower) && (head > index || !MODIFIED_GENERIC_HEADS.has(tokens[head].lower));
  // "Bell 212 helicopter": a model number between the name and the noun belongs to the name.
  const end = numbered ? tokens[index].start - 1 : name.end;
  return generic && !isModifier(tokens, head) ? { ...name, end, type: 'equipment', confidence: name.type === 'equipment' ? name.confidence : 2 } : undefined;
}

/** A lower-case word that no name owns, after a space or, as the phrase's first word, after the name's model number. */
function isUnownedWord(tokens: readonly Token[], owners: readonly (Piece | undefined)[], at: number, first: number): boolean {
  const token = tokens[at];
  return token !== undefined && (token.gap === ' ' || at === first) && owners[at] === undefined && !token.capitalized;
}

function isGenericModifier(word: string): boolean {
  return EQUIPMENT_MODIFIERS.has(word) || GENERIC_WEAPON_MODIFIERS.has(word);
}

/**
 * The name right before `index` that a class noun there may show to be a weapon system: equipment already, or a name no
 * rule could type surely; not an owner ("Zorva's drones") nor a group whose plural is a listed organization ("Houthi
 * drones" are the Houthis' drones). A model number may stand between a system's name and the noun ("Leopard 2A6 tanks"),
 * and, before a generic weapon noun (`numberedUnsure`), between a name not typed yet and the noun ("Bell 212 helicopter").
 */
function systemNameBefore(tokens: readonly Token[], owners: readonly (Piece | undefined)[], index: number, numberedUnsure = false): Piece | undefined {
  const gap = index > 0 ? tokens[index].gap : '';
  const name = gap === ' ' || MODEL_NUMBER.test(gap) ? owners[index - 1] : undefined;
  if (name === undefined || name.endToken !== index || tokens[index - 1].possessive || !namesSystem(name) || (gap !== ' ' && name.type !== 'equipment' && !numberedUnsure)) {
    return undefined;
  }
  const single = name.endToken - name.firstToken === 1 ? tokens[name.firstToken] : undefined;
  return single !== undefined && name.type !== 'equipment' && ORGANIZATION_NAMES.has(`${single.lower}s`) ? undefined : name;
}

/** A model number between a system's name and its class noun ("Leopard 2A6 tanks", "Challenger 2 tanks"). */
const MODEL_NUMBER = /^ \d{1,3}[A-Z]{0,2}\d{0,2} $/;

/** The designation a word for fighters at `index` belongs to ("J-10 fighters"), if any. */
function designationBefore(tokens: readonly Token[], owners: readonly (Piece | undefined)[], index: number): Piece | undefined {
  const token = tokens[index];
  if (token.capitalized || !DESIGNATION_CLASS_NOUNS.has(token.lower) || index === 0 || token.gap !== ' ' || owners[index] !== undefined) {
    return undefined;
  }
  const name = owners[index - 1];
  return name !== undefined && isHyphenatedDesignation(tokens, name) && !continuesClass(tokens, owners, index + 1) ? name : undefined;
}

/** A one-token designation with a hyphen before its digits ("J-10", "Su-35", "MiG-29"), typed a system or not typed surely. */
function isHyphenatedDesignation(tokens: readonly Token[], name: Piece): boolean {
  const token = tokens[name.firstToken];
  return name.endToken - name.firstToken === 1 && token.designator && token.text.includes('-') && !token.possessive && namesSystem(name);
}

/** Whether a class word follows ("J-16 fighter jets"), so the class rule below takes the whole run. */
function continuesClass(tokens: readonly Token[], owners: readonly (Piece | undefined)[], next: number): boolean {
  return next < tokens.length && tokens[next].gap === ' ' && isClassWord(tokens[next], owners[next]);
}

function isHead(tokens: readonly Token[], at: number, first: number): boolean {
  const lower = tokens[at].lower;
  const qualifiers = QUALIFIED_HEADS.get(lower);
  if (qualifiers === undefined) {
    return EQUIPMENT_CLASS_HEADS.has(lower);
  }
  for (let index = first; index < at; index++) {
    if (qualifiers.has(tokens[index].lower)) {
      return true;
    }
  }
  return false;
}

function isClassWord(token: Token, owner: Piece | undefined): boolean {
  return owner === undefined && !token.capitalized && (EQUIPMENT_MODIFIERS.has(token.lower) || EQUIPMENT_CLASS_HEADS.has(token.lower));
}

/** A name that a class noun after it shows to be a weapon system: equipment already, or a name no rule could type surely. */
function namesSystem(name: Piece): boolean {
  return name.type === 'equipment' || name.type === null || (name.type !== 'place' && name.confidence <= 1);
}

/** "carrier group", "missile batteries", "drone attacks": a class noun before another noun only describes it. */
function isModifier(tokens: readonly Token[], head: number): boolean {
  const next = tokens[head + 1];
  return next !== undefined && next.gap === ' ' && !next.capitalized && MODIFIED_NOUNS.has(next.lower);
}
