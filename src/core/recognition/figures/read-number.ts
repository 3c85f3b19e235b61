/** Reads one number at a position: digits ("11,000", "3.5"), scaled ("1.2 billion", "€300m") or spelled ("two hundred"). */

import { SCALE_WORDS, SPELLED_NUMBER_SOURCE, spelledNumberValue } from './number-words';
import { SP } from './regex-parts';

/** A number read from the text. */
export interface NumberToken {
  end: number;
  value: number;
  /** Value before any scale word, to carry a shared scale across a range ("2 to 3 million"). */
  unscaled: number;
  scale: number;
  /** Plain digits with no comma, decimals or scale: could be a year or part of a name. */
  bare: boolean;
  spelled: boolean;
}

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
const SCALE_AFTER = new RegExp(`(?:${SP}+|${SP}?-${SP}?)([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Cc]rores?|[Ll]akhs?)(?![A-Za-z])|${SP}?(bn|mn|tn)(?![A-Za-z0-9])`, 'y');
// Single-letter scales only after a currency: "€300m" is money, "300m" alone is metres.
const MONEY_SCALE_AFTER = /([mMkKbB])(?![A-Za-z0-9])/y;
const SPELLED = new RegExp(SPELLED_NUMBER_SOURCE, 'iy');
// No "dozen": "a dozen" is a vague amount, as "dozens" is.
const SCALE_WORD = /(hundred|thousand|million|billion|trillion)(?![A-Za-z])/iy;
const LETTER_SCALES: Record<string, number> = { m: 1e6, k: 1e3, b: 1e9, bn: 1e9, mn: 1e6, tn: 1e12 };

/** Reads a number starting exactly at `pos`; `money` allows "m"/"k"/"b" scales. */
export function readNumber(text: string, pos: number, money: boolean): NumberToken | null {
  DIGITS.lastIndex = pos;
  const digits = DIGITS.exec(text);
  if (digits) return withScale(text, digits, money);
  SPELLED.lastIndex = pos;
  const spelled = SPELLED.exec(text);
  if (spelled) {
    const value = spelledNumberValue(spelled[0]);
    return { end: SPELLED.lastIndex, value, unscaled: value, scale: 1, bare: false, spelled: true };
  }
  return null;
}

/** Reads a bare scale word ("thousand") whose amount comes from a prefix such as "a". */
export function readScaleWord(text: string, pos: number): { end: number; scale: number } | null {
  SCALE_WORD.lastIndex = pos;
  const match = SCALE_WORD.exec(text);
  if (!match) return null;
  return { end: SCALE_WORD.lastIndex, scale: SCALE_WORDS[match[1].toLowerCase()] };
}

function withScale(text: string, digits: RegExpExecArray, money: boolean): NumberToken {
  const whole = digits[1].replace(/,/g, '');
  const fraction = digits[2] ?? '';
  // Integer arithmetic then one division keeps "1.2 billion" exact.
  const integer = Number(whole + fraction);
  const divisor = 10 ** fraction.length;
  let end = DIGITS.lastIndex;
  let scale = 1;
  SCALE_AFTER.lastIndex = end;
  const scaleMatch = SCALE_AFTER.exec(text);
  if (scaleMatch) {
    scale = scaleMatch[1] ? SCALE_WORDS[scaleMatch[1].toLowerCase().replace(/s$/, '')] : LETTER_SCALES[scaleMatch[2]];
    end = SCALE_AFTER.lastIndex;
  } else if (money) {
    MONEY_SCALE_AFTER.lastIndex = end;
    const letter = MONEY_SCALE_AFTER.exec(text);
    if (letter) {
      scale = LETTER_SCALES[letter[1].toLowerCase()];
      end = MONEY_SCALE_AFTER.lastIndex;
    }
  }
  return {
    end,
    value: (integer * scale) / divisor,
    unscaled: integer / divisor,
    scale,
    bare: scale === 1 && fraction === '' && !digits[1].includes(','),
    spelled: false,
  };
}
