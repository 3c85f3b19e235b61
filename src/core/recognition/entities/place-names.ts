import { wordSet } from './word-set';

/** Countries, territories, capitals, major cities and conflict regions (lower-case, spaced). */
export const PLACE_NAMES = wordSet(
  'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belarus|belgium|' +
    'benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|' +
    'chad|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|ecuador|egypt|' +
    'el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|guatemala|guinea|' +
    'haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|' +
    'kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|' +
    'malaysia|maldives|mali|malta|mauritania|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|' +
    'netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palestine|panama|paraguay|peru|' +
    'philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|' +
    'somalia|somaliland|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|' +
    'tanzania|thailand|togo|tunisia|turkey|turkiye|türkiye|turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|' +
    'britain|great britain|england|scotland|wales|northern ireland|united states|united states of america|us|u.s.|usa|u.s.a.|america|' +
    'uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|korea|dprk|rok|prc|ussr|soviet union|east germany|west germany|' +
    'n. korea|s. korea|north vietnam|south vietnam|yugoslavia|czechoslovakia|vatican|greenland|hong kong|macau|tibet|xinjiang|kashmir|chechnya|' +
    'gaza|gaza strip|west bank|golan heights|sinai|crimea|donbas|donbass|donetsk|luhansk|kherson|zaporizhzhia|kharkiv|kursk|belgorod|' +
    'bakhmut|avdiivka|mariupol|odesa|odessa|kyiv|kiev|lviv|dnipro|pokrovsk|sumy|bryansk|darfur|khartoum|omdurman|el fasher|port sudan|' +
    'europe|asia|africa|middle east|latin america|north america|south america|east asia|southeast asia|central asia|south asia|' +
    'caribbean|baltics|levant|maghreb|west africa|east africa|north africa|central africa|southern africa|eastern europe|' +
    'western europe|central europe|south caucasus|north caucasus|indian ocean|arabian sea|gulf of aden|strait of hormuz|' +
    'indo-pacific|pacific|atlantic|arctic|antarctica|balkans|caucasus|baltic|scandinavia|siberia|far east|korean peninsula|' +
    'taiwan strait|south china sea|east china sea|black sea|red sea|baltic sea|mediterranean|persian gulf|sahel|horn of africa|' +
    'moscow|st. petersburg|saint petersburg|vladivostok|khabarovsk|novosibirsk|yakutia|buryatia|rostov|ussuriysk|blagoveshchensk|' +
    'pyongyang|seoul|busan|incheon|tokyo|osaka|beijing|shanghai|taipei|hong kong|washington|new york|los angeles|chicago|london|paris|' +
    'berlin|rome|madrid|brussels|vienna|warsaw|prague|budapest|bucharest|minsk|vilnius|riga|tallinn|helsinki|stockholm|oslo|' +
    'copenhagen|amsterdam|the hague|geneva|ankara|istanbul|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|cairo|riyadh|' +
    'doha|dubai|abu dhabi|kabul|islamabad|new delhi|delhi|mumbai|dhaka|bangkok|hanoi|manila|jakarta|canberra|sydney|ottawa|' +
    'mexico city|havana|caracas|brasilia|buenos aires|nairobi|addis ababa|lagos|johannesburg|pretoria|tripoli|tunis|algiers|rabat|' +
    'rafah|khan younis|gaza city|jabalia|hebron|ramallah|nablus|jenin|haifa|sderot|aleppo|idlib|homs|mosul|basra|erbil|sanaa|aden|' +
    'hodeidah|tbilisi|yerevan|baku|astana|tashkent|ulaanbaatar|naypyidaw|yangon|phnom penh|kuala lumpur|singapore|wellington|' +
    // U.S. states, as contract and press releases write them after a town ("Oshkosh, Wisconsin"); those that are also
    // common given names (Virginia, Georgia) or fiction's are left to the shape rules.
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|iowa|kansas|' +
    'kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|nebraska|new hampshire|' +
    'new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|' +
    'south dakota|tennessee|texas|utah|vermont|west virginia|wisconsin|wyoming|washington, d.c.|washington d.c.|' +
    // The state abbreviations the tokenizer keeps the period of, and the dotted ones (PLACE_ALIASES keys them).
    'ala.|ariz.|calif.|colo.|conn.|fla.|kans.|ky.|mich.|minn.|mont.|neb.|nev.|okla.|tenn.|tex.|wis.|wyo.|' +
    'n.y.|n.j.|n.c.|s.c.|n.d.|s.d.|n.m.|n.h.|r.i.|' +
    // States and territories named as a pair, and disputed boundaries named as lines.
    'jammu and kashmir|trinidad and tobago|antigua and barbuda|saint kitts and nevis|sao tome and principe|' +
    'são tomé and príncipe|turks and caicos|turks and caicos islands|line of control|line of actual control'
);

/**
 * The word before, the connector and the word after each lower-case "of" or "and" inside a listed place's name ("horn of
 * africa", "kitts and nevis"), so the chunker joins the whole name instead of stopping at the connector.
 */
export const CONNECTED_PLACE_WORDS: ReadonlySet<string> = new Set(
  Array.from(PLACE_NAMES, (name) => name.match(/[^ ]+ (?:of|and) [^ ]+/g) ?? []).flat()
);

/** Lower-case nouns that, written after a capitalized name, make it a place ("Kursk region"). */
export const PLACE_FOLLOWERS = wordSet(
  'region regions province oblast city county district village villages town border borders peninsula coast front frontline airport port ' +
    'island islands islet state governorate camp crossing corridor plant airbase countryside neighbourhood neighborhood municipality ' +
    'sector area areas outskirts suburbs enclave valley mountains territory highlands plateau basin delta oasis'
);

/** Lower-case nouns that, before "of", make the name after it a place ("the city of Lutsk", "north of Keelung"). */
export const PLACE_OF_NOUNS = wordSet(
  'city town village province region state capital island islands islet port district county governorate outskirts suburbs ' +
    'cities towns villages provinces regions districts neighbourhood neighborhood municipality countryside ' +
    'north south east west northeast northwest southeast southwest'
);

/**
 * Capitalized first words of place names ("Beit Lahiya", "Deir al-Balah", "Port Sudan", "Lake Chad"), with the other common
 * transliterations of Arabic place words and the article assimilated before sun letters ("Dayr Hafir", "Tal Tamr", "Ar Rastan").
 */
export const PLACE_STARTS = wordSet(
  'beit bayt deir dayr tel tell tal khan ras ain ayn bir wadi jabal jebel jisr kafr khirbet khirbat qasr umm ar ad ash az port mount lake cape fort el',
);

/** Compass words that open a place name before another word ("West Darfur", "North Kivu"). */
export const COMPASS_WORDS = wordSet('north south east west northern southern eastern western central');

/** Capitalized heads that end a place name ("Seoul Railway Station", "Gaza Strip", "Red Sea", facilities such as "Mosul Dam"). */
export const PLACE_HEADS = wordSet(
  'station airport port strait sea ocean river lake mountains mountain island islands peninsula valley gulf bay desert province ' +
    'oblast region square bridge street avenue district county city heights plateau canal highway base corridor crossing camp ' +
    'hospital palace shoal shoals reef reefs atoll archipelago state coast hills range basin delta lagoon channel sound ' +
    'krai prefecture governorate municipality territory canyon highlands plain plains steppe isle isles dam barrage reservoir airfield ' +
    'arsenal shipyard'
);

/** Capitalized geographic nouns that open a place name with "of" ("Gulf of Aden", "Cape of Good Hope", "Sea of Japan"). */
export const PLACE_OF_STARTS = wordSet('gulf bay sea strait straits cape isle island islands lake mount port republic');

/** Prepositions after which an unknown capitalized word is most likely a place ("in Kursk", "to Vladivostok"). */
export const PLACE_PREPOSITIONS = wordSet('in into from to near toward towards across via outside inside around through at throughout');

/** Prepositions of the set above that take places and hardly ever people ("near Khiam", "around Bint Jbeil"). */
export const PLACE_ONLY_PREPOSITIONS = wordSet('near around outside');

/** Suffixes that make the capitalized word hyphenated before them a place ("Athens-based", "Panama-flagged"). */
export const LOCATIVE_SUFFIXES = wordSet('based flagged registered headquartered');

/** Spellings of one place that share a key. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'],
  ['u.s.', 'united states'],
  ['usa', 'united states'],
  ['u.s.a.', 'united states'],
  ['united states of america', 'united states'],
  ['america', 'united states'],
  ['uk', 'united kingdom'],
  ['u.k.', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['uae', 'united arab emirates'],
  ['dprk', 'north korea'],
  ['n. korea', 'north korea'],
  ['s. korea', 'south korea'],
  ['rok', 'south korea'],
  ['prc', 'china'],
  ['ussr', 'soviet union'],
  ['kiev', 'kyiv'],
  ['odessa', 'odesa'],
  ['donbass', 'donbas'],
  ['turkiye', 'turkey'],
  ['türkiye', 'turkey'],
  ['burma', 'myanmar'],
  ['czechia', 'czech republic'],
  ['ala.', 'alabama'],
  ['ariz.', 'arizona'],
  ['calif.', 'california'],
  ['colo.', 'colorado'],
  ['conn.', 'connecticut'],
  ['fla.', 'florida'],
  ['kans.', 'kansas'],
  ['ky.', 'kentucky'],
  ['mich.', 'michigan'],
  ['minn.', 'minnesota'],
  ['mont.', 'montana'],
  ['neb.', 'nebraska'],
  ['nev.', 'nevada'],
  ['okla.', 'oklahoma'],
  ['tenn.', 'tennessee'],
  ['tex.', 'texas'],
  ['wis.', 'wisconsin'],
  ['wyo.', 'wyoming'],
  ['n.y.', 'new york'],
  ['n.j.', 'new jersey'],
  ['n.c.', 'north carolina'],
  ['s.c.', 'south carolina'],
  ['n.d.', 'north dakota'],
  ['s.d.', 'south dakota'],
  ['n.m.', 'new mexico'],
  ['n.h.', 'new hampshire'],
  ['r.i.', 'rhode island'],
]);
