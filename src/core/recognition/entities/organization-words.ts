import { wordSet } from './word-set';

/** Capitalized nouns that end an organization name ("Intelligence Committee", "People Power Party"). */
export const ORGANIZATION_HEADS = wordSet(
  'ministry agency committee party council forces force army navy corps union bank university institute institution service ' +
    'services assembly fleet command brigade brigades division regiment battalion group company corporation corp corp. inc inc. ' +
    'ltd ltd. llc plc association organization organisation front movement congress parliament senate court tribunal department ' +
    'office bureau commission authority guard guards police federation league network times post news press foundation fund ' +
    'center centre academy school college duma cabinet government administration secretariat alliance coalition brotherhood ' +
    'club society board committee agency airlines airline media television tv radio journal gazette herald tribune telegraph daily ' +
    'reuters monitor watch observatory cooperation council marines militia militias regime junta kremlin directorate ' +
    'headquarters staff chiefs unit units legion battalions taskforce diet knesset majlis rada yuan programme program ' +
    'church mission embassy consulate house group group. holdings industries systems technologies laboratories lab labs ' +
    'securities capital partners ratings research analytics intelligence consulting consultancy advisers advisors investments ' +
    'insurance airways lines shipping tankers logistics motors energy petroleum resources mining telecom pharmaceuticals ' +
    'exchange reserve trust poll polling limited sa ag nv gmbh spa plc. co co. bancorp operations coast guard cartel gang syndicate'
);

/** Heads of firms' own names: "Bharat Forge and Tata Advanced Systems" are two firms, not one institution's two fields. */
export const COMPANY_HEADS = wordSet(
  'company corporation corp corp. inc inc. ltd ltd. llc plc holdings industries systems technologies laboratories partners ' +
    'capital securities investments motors airways airlines group limited sa ag nv gmbh spa co co. bancorp'
);

/** Capitalized first words that make an unknown name an organization ("Banca X", "Grupo X", "Instituto X"). */
export const ORGANIZATION_FIRST_WORDS = wordSet(
  'banca banco banque bank banka caixa grupo groupe gruppo instituto institut fundación fundação fondation fondazione ' +
    'compañía companhia société societa società agence agencia agência ministerio ministère universidad université ' +
    'universidade università partido parti partito petróleos'
);

/**
 * Lower-case nouns that, written right before a name or after it in an apposition ("consultancy X", "X, a think
 * tank"), make it an organization.
 */
export const ORGANIZATION_CUE_NOUNS = wordSet(
  'consultancy firm company lender bank insurer broker shipbroker pollster carrier agency conglomerate retailer ' +
    'manufacturer automaker airline startup regulator watchdog group organisation organization charity newspaper ' +
    'broadcaster outlet institute tank militia faction gang cartel movement coalition alliance'
);

/** Lower-case job nouns after which "at X" names an employer, not a place ("an analyst at X"). */
export const EMPLOYEE_NOUNS = wordSet(
  'analyst analysts economist economists strategist strategists researcher researchers fellow fellows banker bankers ' +
    'professor lecturer partner director executive spokesperson spokesman spokeswoman official'
);

/** Capitalized words that start an organization name before "of"/"for" ("Ministry of Defense", "Institute for Korean Studies"). */
export const ORGANIZATION_STARTS = wordSet(
  'ministry department bank university institute office bureau council house court commission committee agency league ' +
    'federation union association organization organisation party army academy school college board chamber federal'
);

/** Organizations known by a single name or a fixed form. */
export const ORGANIZATION_NAMES = wordSet(
  'un|united nations|nato|eu|european union|asean|brics|g7|g20|opec|who|imf|world bank|wto|iaea|icc|icj|unicef|unhcr|unrwa|' +
    'osce|african union|arab league|security council|kremlin|pentagon|white house|state department|congress|senate|hamas|' +
    'hezbollah|hizbollah|houthis|taliban|isis|isil|islamic state|al-qaeda|al qaeda|wagner|wagner group|idf|rsf|saf|' +
    'rapid support forces|reuters|ap|afp|yonhap|xinhua|tass|ria novosti|interfax|kcna|bloomberg|cnn|bbc|al jazeera|nhk|' +
    'kyodo|the new york times|new york times|washington post|the washington post|the guardian|financial times|wall street journal|' +
    'politico|axios|fox news|nbc|abc|cbs|npr|sky news|dw|france 24|euronews|meduza|novaya gazeta|twitter|facebook|telegram|' +
    'youtube|instagram|tiktok|google|apple|microsoft|amazon|meta|samsung|hyundai|lockheed martin|boeing|raytheon|rostec|' +
    'gazprom|rosneft|huawei|cia|fbi|nsa|fsb|gru|svr|sbu|hur|mossad|shin bet|nis|kgb|pla|duma|state duma|knesset|verkhovna rada|' +
    'national assembly|kuomintang|kmt|dpp|ldp|cdu|spd|afd|likud|fatah|plo|pkk|ypg|sdf|hts|jnim|al-shabaab|boko haram|' +
    'red cross|icrc|msf|amnesty international|human rights watch|greenpeace|oxfam|the insider|the war zone|nordic council|' +
    'people power party|democratic party|republican party|communist party|labour party|conservative party|workers party'
);

/** Lower-case nouns after which a designation names an armed group, not a weapon ("M23 rebels"). */
export const GROUP_FOLLOWERS = wordSet('rebels rebel militants militant insurgents militia militias militiamen movement gang gangs');
