/** Currencies and units of measure recognized after (or before) a number, with their canonical names. */

import { SP, anyInitialCase } from './regex-parts';

// Currencies are named by lower-case ISO 4217 codes, as the gold guidelines ask ("usd", "krw", "twd").

/** Currency symbols, with the currency each stands for. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₩': 'krw', '₽': 'rub', '₹': 'inr', '₴': 'uah', '₪': 'ils', '₺': 'try', '₱': 'php',
  '₦': 'ngn', '₵': 'ghs', '₸': 'kzt', '₼': 'azn', '₾': 'gel', '₫': 'vnd', '৳': 'bdt',
};

/** Character class of the currency symbols, for regexes. */
export const CURRENCY_SYMBOL_CLASS = `[${Object.keys(CURRENCY_SYMBOLS).join('')}]`;

/** Letters written just before "$" that name a dollar other than the US one ("A$", "HK$", "NT$"). */
export const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'usd', 'U.S.': 'usd', A: 'aud', AU: 'aud', C: 'cad', CA: 'cad', HK: 'hkd', NZ: 'nzd', S: 'sgd', NT: 'twd', R: 'brl', G: 'gyd', Z: 'zwl',
  J: 'jmd', N: 'nad', TT: 'ttd',
};

/** ISO codes written before or after an amount ("USD 20 million", "300 EUR"); "RMB" is the yuan. */
export const CURRENCY_CODES: Record<string, string> = Object.fromEntries(
  ('USD EUR GBP JPY KRW KPW RUB CNY UAH INR CHF TWD ILS NOK SEK DKK PLN AUD CAD HKD SGD BRL MXN VES GYD NGN GHS KES ZAR EGP TRY SAR IRR IQD PKR ' +
    'AFN BDT LKR PHP ETB AZN GEL MDL RON XOF XAF CDF MZN SOS SDG SSP LBP SYP AED QAR PGK CRC AMD IDR PEN THB VND MYR KZT UZS BYN ARS CLP COP NZD')
    .split(' ').map((code) => [code, code.toLowerCase()]).concat([['RMB', 'cny']]),
);

/** Local abbreviations written before an amount ("Tk 2,900 crore", "Rs 500", "Rp 3.2 billion", "KM 30,000" Bosnian marks), keyed lower-case without the dot. */
const CURRENCY_ABBREVIATIONS: Record<string, string> = { tk: 'bdt', rs: 'inr', rp: 'idr', km: 'bam' };
/** Regex source for a currency code or abbreviation before an amount; "KM" only in capitals, as kilometres follow their number. */
export const CURRENCY_CODE_BEFORE_SOURCE = `${Object.keys(CURRENCY_CODES).join('|')}|Tk|Rs\\.?|Rp\\.?|KM`;

/** Currency of a code or abbreviation matched by CURRENCY_CODE_BEFORE_SOURCE, in any case ("usd", "Tk", "rs."). */
export function currencyFromCode(written: string): string {
  return CURRENCY_CODES[written.toUpperCase()] ?? CURRENCY_ABBREVIATIONS[written.toLowerCase().replace('.', '')];
}

// Every written form of a currency word, lower-case, local plurals included ("bolívares", "reais"); the country before it may change
// the code ("Hong Kong dollars"). A word several countries use stands for the one most often in the news: the Mexican peso, the Kenyan
// shilling, the Iraqi dinar, the Saudi riyal, the Turkish lira. "real" alone is too common a word to be read as the Brazilian currency.
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', 'pound sterling': 'gbp', 'pounds sterling': 'gbp', won: 'krw',
  ruble: 'rub', rubles: 'rub', rouble: 'rub', roubles: 'rub', yuan: 'cny', renminbi: 'cny', yen: 'jpy',
  hryvnia: 'uah', hryvnias: 'uah', hryvnya: 'uah', rupee: 'inr', rupees: 'inr', shekel: 'ils', shekels: 'ils',
  krone: 'nok', kroner: 'nok', krona: 'sek', kronor: 'sek', zloty: 'pln', zlotys: 'pln', lira: 'try', liras: 'try', lire: 'try',
  rand: 'zar', riyal: 'sar', riyals: 'sar', rial: 'irr', rials: 'irr', dirham: 'aed', dirhams: 'aed', kyat: 'mmk', kyats: 'mmk',
  'bolívar': 'ves', 'bolívares': 'ves', bolivar: 'ves', bolivars: 'ves', bolivares: 'ves', reais: 'brl', peso: 'mxn', pesos: 'mxn',
  naira: 'ngn', cedi: 'ghs', cedis: 'ghs', shilling: 'kes', shillings: 'kes', dinar: 'iqd', dinars: 'iqd',
  afghani: 'afn', afghanis: 'afn', leu: 'ron', lei: 'ron', lari: 'gel', kina: 'pgk', taka: 'bdt', 'colón': 'crc', colon: 'crc',
  colones: 'crc', metical: 'mzn', meticais: 'mzn', manat: 'azn', birr: 'etb', franc: 'chf', francs: 'chf',
  som: 'kgs', soms: 'kgs', somoni: 'tjs', tenge: 'kzt', dram: 'amd', drams: 'amd', vatu: 'vuv', baht: 'thb', ringgit: 'myr',
  rupiah: 'idr', riel: 'khr', kwacha: 'zmw', ariary: 'mga', nakfa: 'ern', 'convertible mark': 'bam', 'convertible marks': 'bam',
  bitcoin: 'btc', bitcoins: 'btc',
};
// "pounds" alone weigh; with an issuer they pay ("89,500 Lebanese pounds").
const ISSUED_CURRENCY_WORDS = ['pound', 'pounds'];
// Keyed as written: issuers are proper adjectives.
const CURRENCY_ISSUERS: Record<string, string> = {
  American: 'usd', Australian: 'aud', Canadian: 'cad', 'Hong Kong': 'hkd', 'New Taiwan': 'twd', Taiwan: 'twd', Taiwanese: 'twd',
  Singapore: 'sgd', 'New Zealand': 'nzd', 'North Korean': 'kpw', 'South Korean': 'krw', Danish: 'dkk', Norwegian: 'nok',
  Swedish: 'sek', Israeli: 'ils', 'New Israeli': 'ils', Guyanese: 'gyd', Jamaican: 'jmd', Zimbabwean: 'zwl', Brazilian: 'brl',
  Mexican: 'mxn', Argentine: 'ars', Argentinian: 'ars', Colombian: 'cop', Chilean: 'clp', Philippine: 'php', Pakistani: 'pkr',
  'Sri Lankan': 'lkr', Nepalese: 'npr', Indian: 'inr', Ugandan: 'ugx', Tanzanian: 'tzs', Somali: 'sos', Kenyan: 'kes',
  Jordanian: 'jod', Kuwaiti: 'kwd', Libyan: 'lyd', Algerian: 'dzd', Tunisian: 'tnd', Serbian: 'rsd', Iraqi: 'iqd', Bahraini: 'bhd',
  Saudi: 'sar', Qatari: 'qar', Omani: 'omr', Yemeni: 'yer', Iranian: 'irr', Lebanese: 'lbp', Syrian: 'syp', Turkish: 'try',
  Venezuelan: 'ves', Nigerian: 'ngn', Ghanaian: 'ghs', 'South African': 'zar',
  Moldovan: 'mdl', Romanian: 'ron', Congolese: 'cdf', CFA: 'xof', 'Central African CFA': 'xaf', Rwandan: 'rwf', Burundian: 'bif',
  Guinean: 'gnf', Swiss: 'chf', Egyptian: 'egp', Sudanese: 'sdg', 'South Sudanese': 'ssp', British: 'gbp', Ethiopian: 'etb',
  Azerbaijani: 'azn', Turkmen: 'tmt', Bangladeshi: 'bdt', Afghan: 'afn', 'Costa Rican': 'crc', Mozambican: 'mzn', Georgian: 'gel',
  Kyrgyz: 'kgs', Uzbek: 'uzs', Kazakh: 'kzt', Tajik: 'tjs', Armenian: 'amd', Bosnian: 'bam', Malawian: 'mwk', Zambian: 'zmw',
  // Issuers that are no adjective: the French Pacific franc and the currency of Somaliland, which has no ISO code.
  CFP: 'xpf', Somaliland: 'slsh',
};

const alternatives = (keys: string[]): string =>
  [...keys].sort((a, b) => b.length - a.length).map((key) => key.replace(/ /g, `${SP}+`)).join('|');

/** Regex source for a currency named after the amount ("20 million dollars", "1.2 billion won", "5 million Hong Kong dollars"). */
export const CURRENCY_WORD_SOURCE =
  `(?:(?:${alternatives(Object.keys(CURRENCY_ISSUERS))}|US|U\\.S\\.)${SP}+)?(?:${alternatives(Object.keys(CURRENCY_WORDS))})(?![A-Za-z])` +
  `|(?:${alternatives(Object.keys(CURRENCY_ISSUERS))})${SP}+(?:${alternatives(ISSUED_CURRENCY_WORDS)})(?![A-Za-z])` +
  `|(?:${Object.keys(CURRENCY_CODES).join('|')})(?![A-Za-z])`;

/** Currency code for a word or code matched by CURRENCY_WORD_SOURCE. */
export function currencyFromWord(word: string): string {
  const code = CURRENCY_CODES[word];
  if (code) return code;
  const words = word.split(/[\s\u00a0]+/);
  for (let issuerLength = words.length - 1; issuerLength > 0; issuerLength--) {
    const issuer = CURRENCY_ISSUERS[words.slice(0, issuerLength).join(' ')];
    if (issuer) return issuer;
  }
  // "US dollars" and "pounds sterling" fall through to the currency word itself.
  const lower = words.join(' ').toLowerCase();
  return CURRENCY_WORDS[lower] ?? CURRENCY_WORDS[lower.replace(/^(?:us|u\.s\.) /, '')];
}

// Keyed by the lower-case singular (or abbreviated) form; values are abbreviations, durations their singular word, which
// DURATION_DESIGNATORS turns into a date's ISO 8601 duration.
const MEASURE_UNITS: Record<string, string> = {
  millimeter: 'mm', millimetre: 'mm', mm: 'mm', centimeter: 'cm', centimetre: 'cm', cm: 'cm',
  meter: 'm', metre: 'm', m: 'm', kilometer: 'km', kilometre: 'km', km: 'km',
  'square kilometer': 'km2', 'square kilometre': 'km2', km2: 'km2', 'km²': 'km2', 'square km': 'km2',
  'square mile': 'mi2', 'square nautical mile': 'nmi2', hectare: 'ha', ha: 'ha', acre: 'ac',
  mile: 'mi', 'nautical mile': 'nmi', nmi: 'nmi', foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', yard: 'yd',
  'cubic meter': 'm3', 'cubic metre': 'm3', m3: 'm3', 'm³': 'm3', 'cubic feet': 'ft3', 'cubic foot': 'ft3', 'cubic ft': 'ft3',
  'km/h': 'km/h', kph: 'km/h', 'kilometers per hour': 'km/h', 'kilometres per hour': 'km/h', mph: 'mph', 'miles per hour': 'mph', knot: 'kn',
  'm/s': 'm/s', 'meters per second': 'm/s', 'metres per second': 'm/s',
  kilogram: 'kg', kilo: 'kg', kg: 'kg', gram: 'g', g: 'g', pound: 'lb', lb: 'lb', lbs: 'lb',
  ton: 't', tonne: 't', t: 't', 'metric ton': 't', kiloton: 'kt', kt: 'kt', megaton: 'mt',
  liter: 'l', litre: 'l', l: 'l', gallon: 'gal', barrel: 'bbl',
  ounce: 'oz', oz: 'oz', kilovolt: 'kv', kv: 'kv', 'degree celsius': '°c', 'degrees celsius': '°c', 'degree fahrenheit': '°f',
  'degrees fahrenheit': '°f', 'degree centigrade': '°c', 'degrees centigrade': '°c',
  dwt: 'dwt', 'deadweight ton': 'dwt', 'deadweight tonne': 'dwt',
  megabyte: 'mb', gigabyte: 'gb', terabyte: 'tb', petabyte: 'pb',
  megawatt: 'mw', mw: 'mw', gigawatt: 'gw', gw: 'gw', kilowatt: 'kw', kw: 'kw',
  degree: '°', '°': '°', '°c': '°c', '°f': '°f', magnitude: 'magnitude',
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade',
};

/** ISO 8601 designators of the duration units; the time units are written after "T" ("PT48H"), and a decade is ten years. */
const DURATION_DESIGNATORS: Record<string, { designator: string; time: boolean; factor: number }> = {
  second: { designator: 'S', time: true, factor: 1 }, minute: { designator: 'M', time: true, factor: 1 }, hour: { designator: 'H', time: true, factor: 1 },
  day: { designator: 'D', time: false, factor: 1 }, week: { designator: 'W', time: false, factor: 1 }, month: { designator: 'M', time: false, factor: 1 },
  year: { designator: 'Y', time: false, factor: 1 }, decade: { designator: 'Y', time: false, factor: 10 },
};

/** True for a unit that measures time ("day", "hour"), whose figures are dates with a duration value. */
export function isDurationUnit(unit: string | null): boolean {
  return unit !== null && unit in DURATION_DESIGNATORS;
}

/** ISO 8601 duration of `amount` units: "P4Y", "P6M", "PT48H", "P20Y" for two decades; `unit` must be a duration unit. */
export function isoDuration(amount: number, unit: string): string {
  const { designator, time, factor } = DURATION_DESIGNATORS[unit];
  // Twelve significant digits undo binary rounding ("1.1 decades" is 11 years).
  return `P${time ? 'T' : ''}${Number((amount * factor).toPrecision(12))}${designator}`;
}

// Words of a unit are spaced, or hyphenated inside a compound adjective ("a 200-nautical-mile zone").
const UNIT_WORD_JOINER = `(?:${SP}+|-)`;
const MEASURE_WORDS =
  `(?:square|sq\\.?)${UNIT_WORD_JOINER}(?:kilomet(?:er|re)s?|(?:nautical${UNIT_WORD_JOINER})?miles?)|deadweight${SP}+ton(?:ne)?s?|(?:kilomet(?:er|re)s|miles)${SP}+per${SP}+hour|met(?:er|re)s${SP}+per${SP}+second` +
  `|nautical${UNIT_WORD_JOINER}miles?|metric${UNIT_WORD_JOINER}tons?|cubic${UNIT_WORD_JOINER}(?:met(?:er|re)s?|feet|foot)` +
  `|degrees?${SP}+(?:Celsius|Fahrenheit|centigrade)` +
  '|millimet(?:er|re)s?|centimet(?:er|re)s?|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|feet|foot|inch(?:es)?|yards?|knots?|hectares?|acres?' +
  '|kilograms?|kilos|grams?|pounds?|tons?|tonnes?|kilotons?|megatons?|lit(?:er|re)s?|gallons?|barrels?' +
  '|megabytes?|gigabytes?|terabytes?|petabytes?|megawatts?|gigawatts?|kilowatts?|kilovolts?|ounces?|degrees?|magnitude' +
  '|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
// Case-sensitive abbreviations: "MW" is megawatts but "M" alone is not a unit.
const MEASURE_ABBREVIATIONS = 'dwt|km\\/h|m\\/s|km²|km2|sq' + SP + '?km|m³|m3|mm|cm|km|kg|ft|lbs?|oz|mph|kph|nmi|kt|MW|GW|kW|kV|ha|°C|°F|°|m';

/** Regex source for a unit of measure after a number: "170mm", "240 mm", "1,000 kilometers", "155-millimeter". */
export const MEASURE_UNIT_SOURCE =
  `(?:${SP}?|${SP}?-${SP}?)(?:${MEASURE_ABBREVIATIONS})(?![A-Za-z0-9])` +
  `|(?:[mtgl])(?![A-Za-z0-9])` + // single letters only when attached: "300m", "10t"
  `|(?:${SP}+|${SP}?-${SP}?)(?:${anyInitialCase(MEASURE_WORDS)})(?![A-Za-z])`;

/** Canonical unit for the text matched by MEASURE_UNIT_SOURCE. */
export function measureUnitFrom(matched: string): string {
  const key = matched
    .replace(/^[\s\u00a0-]+/, '')
    .replace(/[\s\u00a0-]+/g, ' ')
    .toLowerCase()
    .replace(/^sq\.? /, 'square ');
  return MEASURE_UNITS[key] ?? MEASURE_UNITS[key.replace(/s$/, '')] ?? MEASURE_UNITS[key.replace(/es$/, '')] ?? key;
}

/** Regex source for a percent sign or word after a number. */
export const PERCENT_SOURCE = `${SP}?%|${SP}?-?${SP}?(?:[Pp]ercent|[Pp]er${SP}?-?cent|pct)(?![A-Za-z])|${SP}+percentage${SP}+points?(?![A-Za-z])`;
