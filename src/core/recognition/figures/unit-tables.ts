/** Currencies and units of measure recognized after (or before) a number, with their canonical names. */

import { SP, anyInitialCase } from './regex-parts';

/** Currency symbols, with the canonical currency each stands for. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'yen', '₩': 'won', '₽': 'rubles', '₹': 'rupees', '₴': 'hryvnias',
};

/** Letters written just before "$" that name a dollar other than the US one ("A$", "HK$"). */
export const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'usd', 'U.S.': 'usd', A: 'aud', AU: 'aud', C: 'cad', CA: 'cad', HK: 'hkd', NZ: 'nzd', S: 'sgd',
};

/** ISO codes written before or after an amount ("USD 20 million", "300 EUR"). */
export const CURRENCY_CODES: Record<string, string> = {
  USD: 'usd', EUR: 'eur', GBP: 'gbp', KRW: 'won', RUB: 'rubles', JPY: 'yen', CNY: 'yuan', RMB: 'yuan',
  UAH: 'hryvnias', INR: 'rupees', CHF: 'chf', KPW: 'won',
};

// Keyed by the lower-case singular word.
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd', euro: 'eur', 'pound sterling': 'gbp', 'pounds sterling': 'gbp', won: 'won',
  ruble: 'rubles', rouble: 'rubles', yuan: 'yuan', renminbi: 'yuan', yen: 'yen', hryvnia: 'hryvnias',
  hryvnias: 'hryvnias', hryvnya: 'hryvnias', rupee: 'rupees',
};

/** Regex source for a currency named after the amount ("20 million dollars", "1.2 billion won"). */
export const CURRENCY_WORD_SOURCE =
  `(?:(?:U\\.S\\.|US|American)${SP}+)?(?:dollars?|euros?|pounds?${SP}+sterling|won|roubles?|rubles?|yuan|renminbi|yen|hryvnias?|hryvnya|rupees?)(?![A-Za-z])` +
  `|(?:${Object.keys(CURRENCY_CODES).join('|')})(?![A-Za-z])`;

/** Canonical currency for a word or code matched by CURRENCY_WORD_SOURCE. */
export function currencyFromWord(word: string): string {
  const code = CURRENCY_CODES[word];
  if (code) return code;
  const lower = word.toLowerCase().replace(/^(?:u\.s\.|us|american)\s+/, '');
  return CURRENCY_WORDS[lower] ?? CURRENCY_WORDS[lower.replace(/s$/, '')] ?? lower;
}

// Keyed by the lower-case singular (or abbreviated) form.
const MEASURE_UNITS: Record<string, string> = {
  millimeter: 'mm', millimetre: 'mm', mm: 'mm', centimeter: 'cm', centimetre: 'cm', cm: 'cm',
  meter: 'm', metre: 'm', m: 'm', kilometer: 'km', kilometre: 'km', km: 'km',
  'square kilometer': 'km2', 'square kilometre': 'km2', km2: 'km2', 'km²': 'km2', 'square km': 'km2',
  'square mile': 'sq mi', hectare: 'ha', ha: 'ha', acre: 'acres',
  mile: 'miles', 'nautical mile': 'nmi', nmi: 'nmi', foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', yard: 'yd',
  'km/h': 'km/h', kph: 'km/h', 'kilometers per hour': 'km/h', 'kilometres per hour': 'km/h', mph: 'mph', 'miles per hour': 'mph', knot: 'knots',
  kilogram: 'kg', kilo: 'kg', kg: 'kg', gram: 'g', g: 'g', pound: 'lb', lb: 'lb', lbs: 'lb',
  ton: 'tons', tonne: 'tons', t: 'tons', 'metric ton': 'tons', kiloton: 'kt', kt: 'kt', megaton: 'mt',
  liter: 'l', litre: 'l', l: 'l', gallon: 'gallons', barrel: 'barrels',
  megawatt: 'mw', mw: 'mw', gigawatt: 'gw', gw: 'gw', kilowatt: 'kw', kw: 'kw',
  degree: '°', '°': '°', '°c': '°c', '°f': '°f', magnitude: 'magnitude',
  second: 'seconds', minute: 'minutes', hour: 'hours', day: 'days', week: 'weeks', month: 'months', year: 'years', decade: 'decades',
};

const MEASURE_WORDS =
  '(?:square|sq\\.?)' + SP + '+(?:kilomet(?:er|re)s?|miles?)|(?:kilomet(?:er|re)s|miles)' + SP + '+per' + SP + '+hour' +
  '|nautical' + SP + '+miles?|metric' + SP + '+tons?' +
  '|millimet(?:er|re)s?|centimet(?:er|re)s?|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|feet|foot|inch(?:es)?|yards?|knots?|hectares?|acres?' +
  '|kilograms?|kilos|grams?|pounds?|tons?|tonnes?|kilotons?|megatons?|lit(?:er|re)s?|gallons?|barrels?' +
  '|megawatts?|gigawatts?|kilowatts?|degrees?|magnitude' +
  '|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
// Case-sensitive abbreviations: "MW" is megawatts but "M" alone is not a unit.
const MEASURE_ABBREVIATIONS = 'km\\/h|km²|km2|sq' + SP + '?km|mm|cm|km|kg|ft|lbs?|mph|kph|nmi|kt|MW|GW|kW|ha|°C|°F|°';

/** Regex source for a unit of measure after a number: "170mm", "240 mm", "1,000 kilometers", "155-millimeter". */
export const MEASURE_UNIT_SOURCE =
  `(?:${SP}?|${SP}?-${SP}?)(?:${MEASURE_ABBREVIATIONS})(?![A-Za-z0-9])` +
  `|(?:[mtgl])(?![A-Za-z0-9])` + // single letters only when attached: "300m", "10t"
  `|(?:${SP}+|${SP}?-${SP}?)(?:${anyInitialCase(MEASURE_WORDS)})(?![A-Za-z])`;

/** Canonical unit for the text matched by MEASURE_UNIT_SOURCE. */
export function measureUnitFrom(matched: string): string {
  const key = matched
    .replace(/^[\s\u00a0-]+/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .toLowerCase()
    .replace(/^sq\.? /, 'square ');
  return MEASURE_UNITS[key] ?? MEASURE_UNITS[key.replace(/s$/, '')] ?? MEASURE_UNITS[key.replace(/es$/, '')] ?? key;
}

/** Regex source for a percent sign or word after a number. */
export const PERCENT_SOURCE = `${SP}?%|${SP}?-?${SP}?(?:[Pp]ercent|[Pp]er${SP}?-?cent|pct)(?![A-Za-z])|${SP}+percentage${SP}+points?(?![A-Za-z])`;
