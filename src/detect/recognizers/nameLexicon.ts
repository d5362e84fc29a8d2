import nlp from 'compromise';

/**
 * Word lists for the PERSON and LOCATION recognizers, read once, at module load, from the lexicon
 * that ships inside `compromise` (about 3,100 first names, 900 surnames, 1,300 cities, countries,
 * regions and places), plus the names a global engineering team has that its mostly Anglo-American
 * list lacks. Looking a word up here costs a hash probe; running compromise's tagger costs hundreds
 * of microseconds, so the recognizers decide most words with these sets and keep the tagger for the
 * words only grammar can settle (`compromisePeople.ts`).
 *
 * Every entry is a normalised word (`normaliseWord`): lower case, accents removed.
 */

type Lexicon = Readonly<Record<string, string | readonly string[]>>;

function compromiseLexicon(): Lexicon {
  const model = nlp.model() as { one?: { lexicon?: unknown } };
  const lexicon = model.one?.lexicon;
  if (typeof lexicon !== 'object' || lexicon === null) {
    // A compromise upgrade moved its lexicon: fail at start-up, not with silently empty lists.
    throw new TypeError('compromise lexicon not found at model().one.lexicon; check the compromise version');
  }
  return lexicon as Lexicon;
}

const LEXICON = compromiseLexicon();

/** Lower case without accents, so "María" finds "maria" and "Zoë" finds "zoe". */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Most chat is ASCII: skip the Unicode decomposition when there is nothing to strip.
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lower;
}

function tagsOf(word: string): readonly string[] {
  const tags = LEXICON[word];
  if (tags === undefined) return [];
  return typeof tags === 'string' ? tags.split('|') : tags;
}

function wordsTagged(accept: (tags: readonly string[]) => boolean): Set<string> {
  const words = new Set<string>();
  for (const word of Object.keys(LEXICON)) {
    if (!word.includes(' ') && accept(tagsOf(word))) words.add(normaliseWord(word));
  }
  return words;
}

/**
 * First names compromise's list lacks, from teams we write for: South and East Asian, African,
 * Middle Eastern, Nordic, German, French, Iberian, Italian, Slavic and Irish names. Words that are
 * also English words or date abbreviations ("Jun", "Min", "Sung") are left out on purpose.
 */
const MORE_FIRST_NAMES = [
  // South Asian
  'aarti', 'aditya', 'akash', 'amit', 'anand', 'ananya', 'anil', 'anjali', 'arjun', 'deepa', 'divya',
  'ganesh', 'gaurav', 'harish', 'kavya', 'karthik', 'lakshmi', 'mahesh', 'manish', 'meera', 'naveen',
  'neha', 'nikhil', 'pavan', 'pooja', 'pradeep', 'prakash', 'priya', 'priyanka', 'raj', 'rajesh',
  'ramesh', 'ravi', 'rohan', 'rohit', 'sachin', 'sandeep', 'santosh', 'shreya', 'shruti', 'sneha',
  'srinivas', 'sunil', 'suresh', 'swati', 'varun', 'venkat', 'vijay', 'vikram', 'vivek',
  // East and South-East Asian
  'aoi', 'daiki', 'daisuke', 'haruto', 'hina', 'hiroshi', 'kazuki', 'kenji', 'kenta', 'naoki', 'riku',
  'satoshi', 'shota', 'sota', 'takeshi', 'takumi', 'yui', 'yuki', 'yusuke', 'yuto', 'hao', 'hui',
  'jing', 'jin', 'lei', 'ling', 'ming', 'qiang', 'xiaoming', 'xin', 'ying', 'zhi', 'ji-hoon', 'min-jun',
  'seo-yeon', 'ji-woo', 'hyun', 'minh', 'linh', 'huong', 'tuan', 'trang', 'quang', 'thanh',
  // African
  'adebayo', 'babajide', 'chidi', 'chinedu', 'chioma', 'emeka', 'folake', 'funmi', 'ifeoma', 'kofi',
  'kojo', 'kwabena', 'kwame', 'ama', 'akua', 'amara', 'ngozi', 'nnamdi', 'obinna', 'oluwaseun', 'tunde',
  'uche', 'yetunde', 'aliyu', 'musa',
  // Middle Eastern and Turkish
  'bilal', 'hamza', 'hassan', 'hussein', 'imran', 'irfan', 'kareem', 'khalid', 'mustafa', 'nabil',
  'rashid', 'samir', 'tariq', 'yasmin', 'zara', 'noor', 'layla', 'leila', 'mariam', 'nadia', 'rania',
  'salma', 'sana', 'farah', 'hiba', 'aylin', 'elif', 'emre', 'burak', 'cem', 'deniz', 'mert', 'zeynep',
  'oguz', 'ayse', 'mehmet',
  // Nordic, German, Dutch
  'bjorn', 'sigrid', 'astrid', 'freya', 'henrik', 'magnus', 'nils', 'oskar', 'soren', 'jorg', 'jurgen',
  'jens', 'malte', 'niklas', 'tobias', 'torsten', 'uwe', 'wolfgang', 'dirk', 'frauke', 'heike', 'jutta',
  'katrin', 'kerstin', 'silke', 'ute', 'wiebke', 'maximilian', 'annika', 'sanne', 'joost', 'pieter',
  'bram', 'daan', 'femke', 'maarten',
  // French, Iberian, Italian
  'jean', 'anais', 'aurelie', 'benoit', 'celine', 'clement', 'etienne', 'francoise', 'gael', 'helene',
  'lea', 'loic', 'mael', 'mathilde', 'oceane', 'theo', 'thibault', 'yannick', 'agustin', 'alejandro',
  'alvaro', 'andres', 'begona', 'inaki', 'inigo', 'jesus', 'joaquin', 'lucia', 'montserrat', 'rocio',
  'ximena', 'xavi', 'joao', 'goncalo', 'ines', 'tiago', 'rui', 'duarte', 'leonor', 'giorgio',
  'giuseppe', 'lorenzo', 'alessandro', 'chiara', 'francesca', 'federica', 'davide', 'simone', 'stefano',
  'giulia',
  // Slavic, Baltic, Hungarian, Romanian
  'wojciech', 'krzysztof', 'malgorzata', 'tomasz', 'lukasz', 'pawel', 'marek', 'katarzyna', 'agnieszka',
  'ondrej', 'jiri', 'petr', 'tomas', 'zsofia', 'bence', 'andrei', 'ioana', 'mihai', 'bogdan', 'dmitry',
  'sergey', 'aleksandr', 'anastasia', 'ekaterina', 'svetlana', 'yulia', 'oksana', 'taras', 'volodymyr',
  'olena',
  // Irish
  'aoife', 'ciara', 'cian', 'oisin', 'saoirse', 'eoin', 'ciaran', 'roisin', 'tadhg', 'padraig', 'mairead',
  // First names compromise files under one famous bearer ("diego": Maradona)
  'camillo', 'diego', 'emile', 'ezekiel', 'franz', 'gaston', 'giannis', 'hamid', 'hilde', 'ilias', 'inez',
  'oleg', 'pilar', 'raisa', 'takashi', 'tatyana', 'yuji', 'yves',
];

/** Surnames compromise lacks that the first-name lists would otherwise leave alone after a title. */
const MORE_LAST_NAMES = ['okafor', 'okonkwo', 'rahman', 'krishnan', 'mueller', 'nguyen', 'tran', 'pham', 'le'];

/**
 * First names that are also everyday English words or date words ("Mark as resolved", "Grant read
 * access", "Chase the vendor", "Grace period", "June sprint"): a capital letter at the start of a
 * sentence says nothing about them, so only grammar can tell (`compromisePeople.ts`) unless a
 * surname or a title settles it.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set([
  'amber', 'april', 'august', 'autumn', 'bill', 'blaze', 'blossom', 'bob', 'brook', 'buck', 'cal', 'candy',
  'carol', 'chance', 'chase', 'cherry', 'chip', 'chuck', 'clay', 'cliff', 'crystal', 'daisy', 'dale',
  'dawn', 'dean', 'destiny', 'dot', 'drew', 'earl', 'faith', 'fern', 'foster', 'frank', 'gale', 'gene',
  'ginger', 'glen', 'grace', 'grant', 'guy', 'hazel', 'heather', 'holly', 'honey', 'hope', 'hunter',
  'iris', 'ivy', 'jack', 'jade', 'jewel', 'joy', 'june', 'lance', 'lily', 'mack', 'mark', 'marshal',
  'mason', 'may', 'melody', 'miles', 'misty', 'nick', 'norm', 'olive', 'pat', 'patience', 'pearl', 'peg',
  'penny', 'pierce', 'poppy', 'ray', 'reed', 'rich', 'rob', 'robin', 'rocky', 'rose', 'rusty', 'sandy',
  'skip', 'sky', 'spike', 'stew', 'sue', 'summer', 'sunny', 'violet', 'wade', 'will', 'willow', 'win',
]);

/** Titles written before a name ("Mr. Mayers", "Dr Okafor"); compromise's list also has military and legal abbreviations. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'madame', 'mme', 'mlle',
  'herr', 'frau', 'sr', 'sra', 'srta', 'dott', 'dott.ssa', 'mevr', 'dhr', 'pan', 'pani',
]);

/** Places whose names compromise files under famous people ("Sydney", "Virginia", "Jordan"). */
const PLACES_FILED_AS_PEOPLE = [
  'alexandria', 'austin', 'darwin', 'hamilton', 'houston', 'jordan', 'kent', 'orlando', 'paris',
  'salvador', 'santiago', 'sydney', 'victoria', 'virginia', 'milano', 'munchen', 'koln', 'zurich',
];

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

/** Cities, countries, regions and other places, single words ("new york" is matched word by word). */
export const PLACE_NAMES: ReadonlySet<string> = (() => {
  const places = wordsTagged((tags) => tags.some((t) => PLACE_TAGS.has(t)));
  for (const place of PLACES_FILED_AS_PEOPLE) places.add(place);
  return places;
})();

/**
 * Multi-word places as compromise lists them ("new york", "buenos aires", "mountain view" is not
 * one), keyed by their first word, so a run of capitalised words can be matched without a tagger.
 */
export const MULTI_WORD_PLACES: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const word of Object.keys(LEXICON)) {
    if (!word.includes(' ')) continue;
    if (!tagsOf(word).some((t) => PLACE_TAGS.has(t))) continue;
    const normal = normaliseWord(word);
    const first = normal.split(' ')[0] ?? normal;
    byFirst.set(first, [...(byFirst.get(first) ?? []), normal]);
  }
  return byFirst;
})();

/** First names, ambiguous ones included (check `AMBIGUOUS_FIRST_NAMES`); places are not names here. */
export const FIRST_NAMES: ReadonlySet<string> = (() => {
  const names = wordsTagged((tags) => tags.some((t) => NAME_TAGS.has(t)));
  for (const name of MORE_FIRST_NAMES) names.add(name);
  for (const name of AMBIGUOUS_FIRST_NAMES) names.add(name);
  for (const place of PLACE_NAMES) names.delete(place);
  return names;
})();

export const LAST_NAMES: ReadonlySet<string> = (() => {
  const names = wordsTagged((tags) => tags.includes('LastName'));
  for (const name of MORE_LAST_NAMES) names.add(name);
  return names;
})();

/** Words compromise knows as something other than a name or a place (computed once: a lookup per word). */
const OTHER_WORDS: ReadonlySet<string> = wordsTagged(
  (tags) => tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || t === 'LastName' || t === 'Person' || PLACE_TAGS.has(t)),
);

/**
 * Whether compromise knows the word as something other than a name or a place: a verb, noun,
 * adjective, organisation, expression ("Support", "Legal", "Hiring", "Please"). An unknown
 * capitalised word in a slot where people are named ("talked to Okonkwo") is believed only when
 * it is not one of these.
 */
export function isKnownOtherWord(normal: string): boolean {
  return OTHER_WORDS.has(normal);
}
