import { wordSet } from './word-set';

/** Named weapon systems and platforms written without a letters-digits designator. */
export const EQUIPMENT_NAMES = wordSet(
  'atacms|himars|mlrs|nasams|iris-t|patriot|javelin|javelins|stinger|stingers|nlaw|storm shadow|scalp|taurus|iskander|kinzhal|' +
    'kalibr|zircon|oreshnik|sarmat|shahed|geran|lancet|bayraktar|switchblade|abrams|leopard|leopards|challenger|bradley|bradleys|' +
    'stryker|marder|caesar|archer|krab|gepard|iron dome|david\'s sling|arrow|thaad|aegis|tomahawk|harpoon|neptune|grad|smerch|' +
    'tornado|uragan|tos-1|buratino|armata|hwasong|pukguksong|haeil|reaper|predator|global hawk|black hawk|apache|chinook|' +
    'merkava|namer|ak-47|kalashnikov|icbm|icbms|slbm|slbms|mig|sukhoi|tupolev|ilyushin|antonov|mirage|rafale|gripen|eurofighter|' +
    'typhoon|spike|excalibur|paladin|k9|k2|chunmoo|' +
    // Acronyms of weapon and platform classes: equipment, never organizations.
    'ied|ieds|vbied|vbieds|pbied|pbieds|uav|uavs|ucav|ucavs|uas|usv|usvs|uuv|uuvs|manpads|atgm|atgms|sam|sams|rpg|rpgs|' +
    'apc|apcs|ifv|ifvs|mrap|mraps|mbt|mbts|slcm|slcms|alcm|alcms|asbm|asbms|irbm|irbms|srbm|srbms|mrbm|mrbms|hgv|hgvs|fpv|' +
    // U.S. Navy hull classification symbols, which a hull number follows ("USS Carney (DDG 64)"); ambiguous short ones (CG, SS) left out.
    'ddg|cvn|ffg|lhd|lha|lpd|lsd|lcs|ssn|ssbn|ssgn|esb'
);

/**
 * Prefixes of named ships ("USS Laboon", "HMS Richmond", "BRP Sierra Madre", "HNoMS Fridtjof Nansen", "USCGC Healy"); the
 * name with its prefix is equipment.
 */
export const VESSEL_PREFIXES = wordSet(
  'uss usns uscgc hms hmas hmcs hmnzs brp ins ccg rfs roks js kri tcg bns pns fs fgs fns hnlms hnoms hswms hdms htms nrp its sps hs ' +
    'ara arc bap rss mv mt ss rv fv'
);

/** Upper-case prefixes with a lower-case letter inside ("HNoMS", "HSwMS"), which are not acronyms by shape. */
export const MIXED_CASE_PREFIX = /^\p{Lu}+\p{Ll}\p{Lu}+$/u;

/** Lower-case ship nouns that, right before a name or after it in an apposition, make it a vessel ("the tanker X", "X, a frigate"). */
export const VESSEL_NOUNS = wordSet(
  'tanker vessel ship boat freighter cruiser destroyer frigate corvette carrier warship submarine trawler icebreaker ' +
    'cutter yacht ferry dhow minehunter minesweeper'
);

/**
 * Lower-case heads of weapon and platform classes as the guidelines list them; `true` when the head counts alone
 * ("drones"), `false` when it needs a modifier ("artillery shells"). Helicopters, rockets, munitions, rifles and
 * warheads are not listed classes: the dev gold names only the system before them ("Black Hawk helicopters" → `Black Hawk`).
 */
export const EQUIPMENT_CLASS_HEADS: ReadonlyMap<string, boolean> = new Map([
  ['missile', false], ['missiles', true], ['drone', false], ['drones', true],
  ['tank', false], ['tanks', true], ['howitzer', false], ['howitzers', true], ['launcher', false], ['launchers', false],
  ['warship', false], ['warships', true], ['frigate', false], ['frigates', true], ['destroyer', false], ['destroyers', false],
  ['corvette', false], ['corvettes', true], ['submarine', false], ['submarines', true],
  ['bomber', false], ['bombers', true], ['gun', false], ['guns', false], ['shell', false],
  ['shells', true], ['ship', false], ['ships', false], ['jet', false], ['jets', false], ['plane', false], ['planes', false],
  ['carrier', false], ['carriers', false], ['mortar', false],
  ['mortars', true], ['systems', false], ['system', false], ['interceptors', true],
  ['interceptor', false],
  ['grenades', false], ['mines', false], ['uavs', true], ['uav', false],
  ['fighter-bomber', false], ['fighter-bombers', true],
  ['vehicle', false], ['vehicles', false], ['device', false], ['devices', false], ['vessel', false], ['vessels', false],
]);

/**
 * Singular heads that stand alone where their noun phrase ends ("the drone was shot down", "a Greek frigate,"), but not
 * as a modifier ("drone storage"). "tank", "shell" and "mortar" are left out: fuel tanks, shell companies, brick and mortar.
 */
export const LONE_SINGULAR_HEADS = wordSet('drone missile howitzer warship frigate corvette submarine bomber interceptor');

/** Lower-case words that, right after a noun, end its phrase: verbs, relative pronouns and prepositions ("the drone hit", "a missile that"). */
export const NOUN_PHRASE_ENDS = wordSet(
  'is was were has had hit hits struck strikes that which in on at over near into onto from to with by for as after before during ' +
    'crashed exploded landed fell flew targeted carrying'
);

/** Class phrases that name people, not weapons ("suicide bombers"). */
export const PERSON_CLASSES = wordSet('suicide bomber|suicide bombers');

/** Lower-case nouns that, right after a designation ("J-10 fighters", "Su-35 fighter"), show it names an aircraft (they stay outside its span). */
export const DESIGNATION_CLASS_NOUNS = wordSet('fighter fighters');

/** Lower-case nouns that make a class word before them a mere modifier ("carrier group", "drone attacks", "missile batteries"). */
export const MODIFIED_NOUNS = wordSet(
  'group groups strike strikes attack attacks battery batteries unit units crew crews production factory factories plant plants ' +
    'launch launches test tests testing training program programme site sites base bases technology fragments debris parts ' +
    'components maker makers manufacturer manufacturers operator operators pilot pilots squadron squadrons threat threats ' +
    'defense defence warning warnings alert alerts footage deal deals sales supplies shipment shipments stockpile stockpiles ' +
    'raid raids barrage barrages wreckage sirens system systems'
);

/**
 * Heads that name a tracked class only after one of these words in the same phrase ("air defence systems", "air defence
 * missile systems", not "artillery systems"; "landing ships", not "cargo ships", which carry goods, not arms).
 */
export const QUALIFIED_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['system', wordSet('defense defence aerial')],
  ['systems', wordSet('defense defence aerial')],
  // The long forms of UAV, USV and IED, which the dev gold annotates as those classes.
  ['vehicle', wordSet('aerial surface underwater')],
  ['vehicles', wordSet('aerial surface underwater')],
  ['vessel', wordSet('unmanned uncrewed')],
  ['vessels', wordSet('unmanned uncrewed')],
  ['device', wordSet('explosive')],
  ['devices', wordSet('explosive')],
  ['ship', wordSet('landing amphibious assault')],
  ['ships', wordSet('landing amphibious assault')],
]);

/**
 * Lower-case modifiers that make a class head an equipment class ("multiple rocket launchers", "self-propelled howitzers").
 * Generic adjectives (military, long-range, heavy, naval) are left out: they do not define a type.
 */
export const EQUIPMENT_MODIFIERS = wordSet(
  'ballistic cruise hypersonic intercontinental intermediate-range anti-tank anti-aircraft ' +
    'anti-ship anti-air surface-to-air air-to-air air-to-surface surface-to-surface self-propelled multiple rocket artillery ' +
    'kamikaze attack suicide fighter combat armored armoured cargo transport landing nuclear guided unmanned tactical ' +
    'strategic battle main infantry fighting air defense defence reconnaissance surveillance spy aircraft assault ' +
    'amphibious stealth towed precision-guided cluster loitering interceptor sniper submarine-launched ' +
    'nuclear-capable nuclear-powered strike bomber fpv missile hellfire stinger tank mortar rocket-propelled guided-missile ' +
    'launch aerial anti-radiation anti-submarine air-launched ship-launched ground-launched sea-launched uncrewed improvised ' +
    'explosive vehicle-borne person-borne one-way naval quadcopter surface underwater'
);

/**
 * Lower-case nouns that are not tracked classes but, right after a name no rule typed surely, show it is a weapon system
 * ("KAB guided bombs", "JDAM-ER kits", "Tor-M2 launcher"): the name alone is equipment, the noun stays outside.
 */
export const GENERIC_WEAPON_HEADS = wordSet(
  'bomb bombs launcher launchers rifle rifles munition munitions rocket rockets helicopter helicopters gun guns carbine carbines ' +
    'radar radars aircraft'
);

/**
 * Generic weapon nouns that type the name before them only with a class modifier between ("Super Tucano light attack
 * aircraft"): a maker's or an airline's name comes right before them too ("Embraer aircraft").
 */
export const MODIFIED_GENERIC_HEADS = wordSet('aircraft');

/** Lower-case words allowed between a system's name and a generic weapon noun besides class modifiers ("PKM machine guns"). */
export const GENERIC_WEAPON_MODIFIERS = wordSet('machine light heavy');

/**
 * Letter-digit codes that name no system: virus strains ("H5N1"), fine particles ("PM2.5"), quarters ("Q3"), vulnerability
 * ids ("CVE-2026-21413"), U.S. contract and modification numbers ("W31P4Q-24-C-0031", "P00047").
 */
export const NON_EQUIPMENT_CODE = /^(?:H\d+N\d+|PM\d+(?:\.\d+)?|Q[1-4]|CVE-\d{4}-\d+|[A-Z\d]{6}-\d{2}-[A-Z]-\d{4}|P\d{5})$/;

/** Threat-actor designations ("APT42", "UNC1151"), which name groups. */
export const GROUP_CODE = /^(?:APT|UNC|TA)\d+$/;

/** A name with a letter-digit variant code after its hyphen ("Tor-M2", "Pantsir-S1", "Buk-M1-2"), which the tokenizer's designators miss. */
export const VARIANT_DESIGNATION = /^\p{Lu}\p{Ll}+-\p{Lu}{1,3}\d+[\p{L}\d]*(?:-[\p{L}\d]+)*$/u;

/** Lower-case nouns before a letter-digit code that make it a number, not a system ("flight MH370"). */
export const CODE_NOUNS = wordSet('flight');

/** Lower-case nouns after a letter-digit code that make it a number, not a system ("the KSE-100 index"). */
export const CODE_FOLLOWERS = wordSet('index');

/**
 * Class heads that end a capitalized system's name ("Precision Strike Missile", "Tomahawk Land Attack Missiles", "Joint
 * Light Tactical Vehicle"); heads that end other names too (Think Tank, Task Force Ship) are left out.
 */
export const NAMED_SYSTEM_HEADS = wordSet('missile missiles drone drones howitzer howitzers interceptor interceptors vehicle vehicles');

/**
 * Words that make a capitalized name ending in a singular "System" a weapon system ("Guided Multiple Launch Rocket System",
 * "Army Tactical Missile System", "Close-In Weapon System"); makers' names end in the plural ("Raytheon Missile Systems").
 */
export const WEAPON_SYSTEM_WORDS = wordSet('rocket missile artillery launch interceptor weapon');

/** A ship or aircraft class named for its lead ship or type: "Arleigh Burke-class", "Yasen-class", "Nimitz-class". */
export const CLASS_SUFFIX = '-class';
