import { wordSet } from './word-set';

/** Capitalized words that start sentences or headings but never names ("Regarding", "Finally", "Some"). */
export const SENTENCE_WORDS = wordSet(
  'a an the this that these those it its in on at as by for from with without after before during while when where why how ' +
    'what which who whom whose but and or nor if although though however meanwhile moreover furthermore finally regarding ' +
    'concerning according given some many most more much both all any another other others each every either neither few ' +
    'several thousands hundreds dozens millions tens we they he she i you our their his her my your us them him there here then ' +
    'now today tonight yesterday tomorrow last next also still yet even only just despite since until under over among between ' +
    'through against amid following including instead earlier later previously currently recently once whether unlike like ' +
    'about above below beyond upon onto into near toward towards across around so such no not nobody none nothing everyone ' +
    'someone anyone one two three four five six seven eight nine ten first second third fourth fifth latest new old top ' +
    'additionally overall meanwhile nonetheless nevertheless indeed instead otherwise therefore thus hence besides whereas ' +
    'officials analysts experts sources reports residents soldiers troops witnesses critics supporters observers local ' +
    'police authorities prosecutors investigators rescuers medics militants rebels protesters lawmakers diplomats ' +
    'read watch see click photo video image file update updated breaking exclusive opinion editorial analysis report ' +
    'yes okay oh well please thank thanks let dear hello sign share follow subscribe advertisement sponsored related ' +
    'is are was were be been being do does did have has had can could will would shall should may might must ' +
    'although because unless whereas whatever whoever whichever wherever whenever am pm'
);

/** Month and weekday names, never entities on their own. */
export const CALENDAR_WORDS = wordSet(
  'january february march april may june july august september october november december jan. feb feb. mar. apr apr. ' +
    'jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. monday tuesday wednesday thursday friday ' +
    'saturday sunday mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.'
);

/** Words of the web-page furniture pasted with articles ("Views", "Settings", "Most Commented", "go top"). */
export const PAGE_FURNITURE_WORDS = wordSet(
  'views view settings font-size comments commented comment stories story close letter menu search subscribe login logout ' +
    'signin signup share button print email mail link links home top copyright rights reserved cookies cookie privacy terms ' +
    'newsletter advertisement sponsored related popular trending more next previous back loading'
);

/** Capitalized section names of news-site menus ("World", "Politics", "Middle East"), written as one run without separators. */
export const SECTION_WORDS = wordSet(
  'menu home news world politics business sports sport entertainment opinion opinions tech technology science health ' +
    'lifestyle life style video videos podcasts podcast live search subscribe signin newsletters newsletter markets ' +
    'economy asia europe americas africa middle east oceania pacific culture arts travel food climate weather education ' +
    'local national international latest more photos audio games puzzles shop magazine features analysis investigations ' +
    'u.s. us uk elections election fact check media books music movies film tv money personal finance real estate ' +
    'autos cars science & environment region regions sections'
);

/**
 * Nationality and group adjectives (and their plurals), which are not entities ("North Korean", "Russians").
 * Country names stay places; only these derived forms are excluded.
 */
export const DEMONYMS = wordSet(
    'american|british|english|scottish|welsh|irish|chinese|russian|ukrainian|korean|north korean|south korean|' +
    'japanese|taiwanese|israeli|palestinian|iranian|iraqi|syrian|lebanese|sudanese|south sudanese|egyptian|saudi|' +
    'turkish|german|french|italian|spanish|portuguese|polish|indian|pakistani|afghan|european|western|eastern|' +
    'soviet|arab|arabic|african|asian|belarusian|georgian|yemeni|qatari|emirati|jordanian|kurdish|chechen|crimean|' +
    'libyan|ethiopian|eritrean|somali|nigerian|kenyan|mexican|canadian|brazilian|venezuelan|cuban|filipino|' +
    'vietnamese|thai|indonesian|malaysian|burmese|australian|dutch|belgian|swiss|austrian|swedish|finnish|' +
    'norwegian|danish|greek|hungarian|czech|slovak|romanian|moldovan|serbian|croatian|bosnian|baltic|lithuanian|' +
    'latvian|estonian|armenian|azerbaijani|kazakh|uzbek|mongolian|nordic|latin|scandinavian|hebrew|muslim|' +
    'christian|jewish|catholic|orthodox|sunni|shiite|shia|hindu|buddhist|persian|slavic|chadian|malian|nigerien|' +
    'rwandan|congolese|ugandan|tanzanian|south african|zimbabwean|algerian|moroccan|tunisian|bangladeshi|' +
    'sri lankan|nepali|singaporean|cambodian|laotian|northern|southern|north korean-speaking|korean-speaking|' +
    'russian-speaking|s. korean|n. korean|new zealander|guyanese|colombian|peruvian|chilean|argentine|argentinian|' +
    'bolivian|ecuadorian|uruguayan|paraguayan|panamanian|honduran|guatemalan|salvadoran|nicaraguan|costa rican|' +
    'haitian|jamaican|trinidadian|surinamese|ghanaian|senegalese|ivorian|cameroonian|burkinabe|gabonese|angolan|' +
    'mozambican|zambian|malawian|namibian|botswanan|djiboutian|burundian|mauritanian|gambian|guinean|liberian|' +
    'sierra leonean|togolese|beninese|nigerien|chadian|sahrawi|omani|bahraini|kuwaiti|yemenite|' +
    'nepalese|bhutanese|maldivian|kyrgyz|tajik|turkmen|bulgarian|slovenian|slovakian|icelandic|maltese|cypriot|' +
    'albanian|macedonian|montenegrin|kosovar|luxembourgish|irish|welsh|flemish|walloon|basque|catalan|galician|' +
    'corsican|sicilian|bavarian|quebecois|hispanic|latino|latina|latinx|indigenous|aboriginal|pashtun|sinhalese|' +
    'uyghur|uighur|tibetan|kazakhstani|rohingya|hutu|tutsi|amhara|oromo|tigrayan|somalian|berber|' +
    'druze|alawite|yazidi|maronite|coptic|bedouin|cossack|tatar|chechen|dagestani|ossetian|abkhaz|singaporean|' +
    'bruneian|timorese|papuan|fijian|samoan|tongan|polynesian|melanesian|andean|amazonian|saharan|sub-saharan|' +
    // Adjectives of countries whose people have another demonym ("Philippine vessels", Filipino crews).
    'philippine|lao|malagasy|mauritian|comorian|seychellois|cape verdean|central african|equatorial guinean|swazi|' +
    'bahamian|barbadian|belizean|dominican|grenadian|levantine'
);

/** Upper-case words that are not names (roman numerals, common abbreviations, shouted page furniture). */
export const COMMON_ACRONYMS = wordSet(
  'i ii iii iv vi vii viii ix xi xii tv ceo cfo gdp ai ok pm am ad bc ps id pr faq usb pdf hq vip diy lgbt lgbtq covid ' +
    'pow pows mia kia rip vs etc pc it ui url www http https rss html gmt utc est pst kst cet bst dst mp mps ngo ngos ' +
    'close letter menu top share print email more next login'
);

/** Capitalized heads of documents and laws, which are not entities of our five types ("Comprehensive Strategic Partnership Agreement"). */
export const NON_ENTITY_HEADS = wordSet(
  'agreement treaty accord accords act pact resolution declaration plan strategy doctrine law bill charter ' +
    'constitution report index award prize protocol memorandum statement order decree principles standards guidelines rules'
);

/** Plural nouns whose possessive stays inside a name ("Eurasian Women's Forum", "Korean People's Army"). */
export const POSSESSIVE_NAME_WORDS = wordSet('people peoples women men children workers veterans soldiers farmers nations mothers');

/** Lower-case particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = wordSet('bin ibn von van der den de da dos das del della di du la le al el');

/** Lower-case words that carry a name on through "of"/"for"/"on" ("Ministry of Defense", "Institute for Korean Studies"). */
export const OF_CONNECTORS = wordSet('of for on');
