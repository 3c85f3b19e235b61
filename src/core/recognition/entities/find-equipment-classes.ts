import type { Piece } from './classify-chunk';
import { EQUIPMENT_CLASS_HEADS, EQUIPMENT_MODIFIERS } from './equipment-words';
import type { Token } from './tokenize-line';

/**
 * Finds lower-case weapon and platform classes ("multiple rocket launchers", "drones", "landing ships") among
 * tokens no name owns. A run of modifiers and heads must end on a head; a head that cannot
 * stand alone needs a modifier before it.
 */
export function findEquipmentClasses(tokens: readonly Token[], owners: readonly (Piece | undefined)[]): Piece[] {
  const pieces: Piece[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isClassWord(tokens[index], owners[index])) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < tokens.length && tokens[end].gap === ' ' && !tokens[end - 1].possessive && isClassWord(tokens[end], owners[end])) {
      end++;
    }
    let last = end - 1;
    while (last >= index && !EQUIPMENT_CLASS_HEADS.has(tokens[last].lower)) {
      last--;
    }
    if (last >= index && (last > index || EQUIPMENT_CLASS_HEADS.get(tokens[last].lower) === true) && !followsEquipmentName(tokens, owners, index)) {
      pieces.push({ firstToken: index, endToken: last + 1, start: tokens[index].start, end: tokens[last].end, type: 'equipment', confidence: 3 });
    }
    index = end;
  }
  return pieces;
}

function isClassWord(token: Token, owner: Piece | undefined): boolean {
  return owner === undefined && !token.capitalized && (EQUIPMENT_MODIFIERS.has(token.lower) || EQUIPMENT_CLASS_HEADS.has(token.lower));
}

/** "ATACMS missiles", "Shahed drones": the class noun only repeats what the name already says. */
function followsEquipmentName(tokens: readonly Token[], owners: readonly (Piece | undefined)[], index: number): boolean {
  return index > 0 && owners[index - 1]?.type === 'equipment' && tokens[index].gap === ' ';
}
