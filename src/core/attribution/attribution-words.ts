/** Word lists the attribution finder reads news prose with: reporting verbs, relays, words that end a noun phrase. */

/** Verbs that attribute a proposition to their subject ("the NIS said", "Reuters reported"), in every form news uses. */
export const REPORTING_VERBS = new Set(
  [
    'say', 'says', 'said', 'saying',
    'stated',
    'tell', 'tells', 'told',
    'add', 'adds', 'added',
    'note', 'notes', 'noted',
    'confirm', 'confirms', 'confirmed',
    'report', 'reports', 'reported',
    'announce', 'announces', 'announced',
    'claim', 'claims', 'claimed',
    'assess', 'assesses', 'assessed',
    'estimate', 'estimates', 'estimated',
    'warn', 'warns', 'warned',
    'write', 'writes', 'wrote',
    'explain', 'explains', 'explained',
    'suggest', 'suggests', 'suggested',
    'insist', 'insists', 'insisted',
    'argue', 'argues', 'argued',
    'deny', 'denies', 'denied',
    'acknowledge', 'acknowledges', 'acknowledged',
    'admit', 'admits', 'admitted',
    'reveal', 'reveals', 'revealed',
    'disclose', 'discloses', 'disclosed',
    'allege', 'alleges', 'alleged',
    'maintain', 'maintains', 'maintained',
    'predict', 'predicts', 'predicted',
    'forecast', 'forecasts',
    'conclude', 'concludes', 'concluded',
    'believe', 'believes', 'believed',
    'posted', 'tweeted', 'quoted',
  ],
);

/** Verbs that need an audience after them to attribute ("told Yonhap", "told reporters"). */
export const TELLING_VERBS = new Set(['tell', 'tells', 'told']);

/** Audiences of "told" that relay nothing a reader could follow up ("told reporters"). */
export const GENERIC_AUDIENCES = new Set([
  'reporters', 'journalists', 'the', 'a', 'an', 'press', 'media', 'television', 'radio', 'national', 'state', 'local',
  'analysts', 'investors', 'supporters', 'crowds', 'a crowd', 'students', 'an audience', 'audience', 'us', 'me', 'him', 'her', 'them',
]);

/** Subject pronouns resolved to the speaker named earlier. */
export const PRONOUNS = new Set(['it', 'they', 'he', 'she']);

/** Words a source noun phrase never contains: they end it when read outward from the cue. */
export const PHRASE_STOPS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'because', 'although', 'though', 'if',
  'but', 'so', 'as', 'than', 'then', 'also', 'further', 'later', 'earlier', 'previously', 'again', 'separately',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'must', 'did', 'does', 'do', 'not', 'no', 'on', 'this', 'these', 'those', 'there', 'here',
  'we', 'you', 'i', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'to', 'into', 'about', 'after', 'before',
  'during', 'over', 'under', 'by', 'since', 'until', 'within', 'without', 'through', 'against', 'between',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'now', 'soon', 'already', 'still', 'just', 'only', 'repeatedly', 'publicly', 'privately', 'reportedly', 'never', 'ever', 'always',
]);

/** Words that start a postmodifier after a source's head noun ("officials familiar with the talks", "money changers in Yangon"). */
export const POSTMODIFIER_STARTS = new Set([
  'of', 'in', 'at', 'from', 'with', 'familiar', 'briefed', 'close', 'consulted', 'based', 'involved', 'speaking',
  'who', 'which', 'attending', 'working', 'reached', 'quoted', 'cited', 'interviewed', 'contacted',
]);

/** Heads after which "for X" belongs to the source ("a spokesperson for the ministry"). */
export const ROLE_HEADS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'representative', 'representatives', 'lawyer',
  'lawyers', 'attorney', 'envoy', 'official', 'officials', 'director', 'head', 'chief', 'secretary',
]);

/** Leading words dropped from a chain's display label ("the NIS" → "NIS"). */
export const LABEL_DETERMINERS = new Set(['the']);
