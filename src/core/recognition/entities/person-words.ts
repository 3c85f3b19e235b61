import { wordSet } from './word-set';

/**
 * Titles written before a name and not part of it ("Foreign Minister Choe Son Hui", "Rep. Park").
 * Multi-word titles are listed whole so the longest one is stripped.
 */
export const TITLES = wordSet(
  'president|vice president|prime minister|deputy prime minister|minister|foreign minister|defense minister|defence minister|' +
    'interior minister|finance minister|deputy minister|vice minister|unification minister|secretary|secretary of state|' +
    'defense secretary|defence secretary|foreign secretary|home secretary|secretary-general|secretary general|general secretary|' +
    'under secretary|press secretary|director|deputy director|director general|director-general|chairman|chairwoman|chair|' +
    'vice chairman|chief|chief executive|ceo|commander|commander-in-chief|supreme leader|leader|premier|chancellor|king|queen|' +
    'prince|princess|crown prince|emperor|pope|sheikh|emir|ayatollah|sultan|president-elect|speaker|ambassador|envoy|special envoy|' +
    'spokesperson|spokesman|spokeswoman|senator|sen.|representative|rep.|reps.|congressman|congresswoman|lawmaker|governor|gov.|' +
    'mayor|judge|justice|chief justice|attorney general|prosecutor|general|gen.|lt. gen.|lt.|lieutenant|lieutenant general|' +
    'major general|maj. gen.|maj.|major|colonel|col.|lt. col.|lieutenant colonel|captain|capt.|sergeant|sgt.|admiral|adm.|' +
    'vice admiral|rear admiral|marshal|field marshal|brigadier|brig.|brig. gen.|brigadier general|commissioner|mr.|mrs.|ms.|' +
    'miss|dr.|prof.|professor|rev.|father|sister|brother|imam|rabbi|bishop|archbishop|cardinal|dean|president emeritus|' +
    'first lady|party secretary|head|deputy|officer|sgt|lt|gen|col|maj|capt|mr|mrs|ms|dr|prof|rep|sen|gov|' +
    'senior gen.|senior general|senior col.|senior colonel|vice adm.|rear adm.|cmdr.|cmdr|cdr.|commander|lt. cmdr.|' +
    'maj. gen.|gen.|sgt. maj.|staff sgt.|cpl.|pvt.|chief executive officer|chief of staff|chief of general staff|' +
    'governor of the central bank|central bank governor|deputy mayor|lord|lady|dame|sir|' +
    'commissioner|high commissioner|envoy|special representative|foreign affairs minister|economy minister|' +
    'trade minister|health minister|justice minister|energy minister|oil minister|chief economist|' +
    // Enlisted and naval ranks, abbreviated as the U.S. services write them.
    'spc.|spc|specialist|pfc.|pfc|private first class|private|pvt|cpl|corporal|lance cpl.|lance corporal|staff sergeant|' +
    'master sgt.|master sergeant|sgt. 1st class|sergeant first class|first sgt.|sergeant major|command sgt. maj.|' +
    'petty officer|petty officer 1st class|petty officer 2nd class|petty officer 3rd class|chief petty officer|' +
    'senior chief petty officer|master chief petty officer|seaman|airman|senior airman|airman 1st class|ensign|' +
    'warrant officer|chief warrant officer|cmdt.|commandant|lt. j.g.|insp.|inspector|supt.|superintendent|cpt.|' +
    // Naval and air-force officers' ranks, and army ranks as Commonwealth and Russian forces write them.
    'commodore|cdre.|lieutenant commander|lt. cdr.|lt. cmdr|sub-lieutenant|sub-lt.|' +
    'air marshal|air vice marshal|air chief marshal|air commodore|group captain|wing commander|squadron leader|' +
    'flight lieutenant|flying officer|pilot officer|colonel general|colonel-general|lieutenant-general|major-general|' +
    'brigadier-general|lt.-gen.|maj.-gen.|brig.-gen.|lt.-col.|lieutenant-colonel|second lieutenant|2nd lt.|1st lt.|' +
    'first lieutenant|staff sgt|sgt. 1st class|police chief|constable|detective|det.|sheriff'
);

/** Lower-case role nouns that announce a person's name ("leader Kim Jong Un", "spokesperson Dmitry Peskov"). */
export const ROLE_NOUNS = wordSet(
  'leader leaders spokesperson spokesman spokeswoman minister president director chief commander head lawmaker lawmakers ' +
    'analyst analysts researcher historian journalist reporter correspondent envoy ambassador counterpart general colonel ' +
    'official officials secretary senator governor mayor premier chairman dictator ruler king prince activist expert professor ' +
    'economist editor author writer founder ceo rep. sen. gen. dr. mr. mrs. ms. by'
);

/** Verbs that follow or precede a speaker's name ("Zelenskyy said", "said Singh"). */
export const SPEECH_VERBS = wordSet(
  'said says told wrote added noted stated argued claimed warned explained insisted asked replied stressed announced tweeted posted'
);

/** Given names common in international news; a capitalized pair starting with one is a person. */
export const GIVEN_NAMES = wordSet(
  'vladimir sergey sergei dmitry dmitri alexander aleksandr alexei alexey andrei andriy volodymyr oleksandr oleksii olena yulia ' +
    'mikhail yevgeny yevgeniy fyodor kyrylo valery valerii viktor petro ivan igor oleg boris nikolai maria anna elena joe ' +
    'joseph donald kamala barack hillary john james robert michael william david richard thomas charles christopher daniel ' +
    'matthew anthony antony mark paul steven andrew kenneth joshua kevin brian george timothy ronald edward jason jeffrey ryan ' +
    'jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick ' +
    'jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger ' +
    'gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy bruce albert willie gabriel logan alan juan ' +
    'wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mary patricia jennifer linda elizabeth barbara ' +
    'susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa ' +
    'deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen brenda pamela nicole emma samantha katherine ' +
    'christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina ' +
    'lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean ' +
    'alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie ' +
    'isabella charlotte rose alexis kayla sabrina emmanuel olaf ursula keir rishi boris angela giorgia pedro recep mohammed ' +
    'muhammad mohammad ahmed ahmad ali hassan hussein abdel abdul abu omar khalid ibrahim yahya ismail mahmoud benjamin yoav ' +
    'isaac naftali yair ehud ariel shimon narendra rahul imran shehbaz fumio shinzo shigeru yoshihide xi li wang ferdinand ' +
    'rodrigo jair luiz javier nicolas emmanuel justin jacinda anthony scott kim lee park choi choe yoon moon jung kang cho han ' +
    'ri hyon jang'
);

/** Lower-case nouns that, after a lone capitalized word, make it a person ("the Biden administration"). */
export const PERSON_FOLLOWERS = wordSet('administration administrations campaign presidency');
