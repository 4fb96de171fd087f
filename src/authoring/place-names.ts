/**
 * What WordNet knows of the names an article writes with a capital: a
 * place's other names ("Britain": "UK", "United Kingdom"), the place an
 * adjective is of ("Chinese": China, "Italian": Italy), what kind of place a
 * name is ("Britain" is a kingdom, so a country, whatever a tagger made of
 * it) and a country's capital ("Beijing" for China). Readers name places as
 * they please, and "the Italian schools" are Italy's as surely as "Italy's
 * schools" are; news names a government by its capital ("Beijing detained
 * two Canadians", "What did Washington say?").
 */
import type { Sentence } from '../knowledge/segment-sentences.js';
import { readSynset, readWordNetIndex, type Synset, type WordNetSense } from '../nlp/wordnet-index.js';

/** The kinds of place a name can be, as the lexicon's categories say them. */
export type PlaceKind = 'country' | 'city' | 'region';

export interface PlaceNames {
  /** A name → the other names of what it first means in WordNet. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** An adjective ("chinese") → the names of the place it first means to be of ("china"…). */
  readonly adjectives: ReadonlyMap<string, readonly string[]>;
  /** A name → the kind of place its first meaning is an instance of ("britain": a kingdom, so a country). */
  readonly kinds: ReadonlyMap<string, PlaceKind>;
  /** A country's name → the names of its national capital ("china" → "beijing", "peking"…). */
  readonly capitals: ReadonlyMap<string, readonly string[]>;
}

export const NO_PLACE_NAMES: PlaceNames = { synonyms: new Map(), adjectives: new Map(), kinds: new Map(), capitals: new Map() };

/** WordNet's pointers: adjective to the noun it pertains to, instance to its class and back, part to its whole. */
const PERTAINYM = '\\';
const INSTANCE_OF = '@i';
const HAS_INSTANCE = '~i';
const PART_OF = '#p';

/** What the class a name is an instance of says it is: "asian_country", "kingdom", "national_capital", "american_state". */
const PLACE_CLASSES: ReadonlyArray<readonly [RegExp, PlaceKind]> = [
  [/(^|_)(country|nation|kingdom|republic|sultanate|principality|emirate)$/, 'country'],
  [/(^|_)(capital|city|town|port|municipality)$/, 'city'],
  [/(^|_)(state|province|region|county|district|continent|island)$/, 'region'],
];

/** Names of one to three capitalised words, lower-cased as the lexicon writes aliases. */
function capitalisedNames(sentences: readonly Sentence[]): string[] {
  const names = new Set<string>();
  for (const { text } of sentences) {
    for (const [run] of text.matchAll(/\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}/gu)) {
      const words = run.toLowerCase().split(/\s+/);
      for (let start = 0; start < words.length; start += 1) {
        for (let end = start + 1; end <= words.length; end += 1) names.add(words.slice(start, end).join(' '));
      }
    }
  }
  return [...names];
}

/** Reads, for each capitalised name of the article, what its first noun and adjective senses say of it as a place. */
export async function readPlaceNames(sentences: readonly Sentence[], index: ReadonlyMap<string, readonly WordNetSense[]> = readWordNetIndex()): Promise<PlaceNames> {
  const synonyms = new Map<string, string[]>();
  const adjectives = new Map<string, string[]>();
  const kinds = new Map<string, PlaceKind>();
  const capitals = new Map<string, string[]>();
  const capitalOf = await capitalFinder(index);
  const namesIn = (words: readonly string[]) => words.map((word) => word.replace(/_/g, ' ')).filter((word) => /^[a-z][a-z .]*$/.test(word));
  for (const name of capitalisedNames(sentences)) {
    const senses = index.get(name.replace(/ /g, '_')) ?? [];
    const noun = senses.find((sense) => sense.pos === 'n')?.offsets[0];
    const adjective = senses.find((sense) => sense.pos === 'a')?.offsets[0];
    if (noun !== undefined) {
      const synset = await readSynset(noun, 'n');
      synonyms.set(name, namesIn(synset.words).filter((word) => word !== name));
      const kind = await placeKindOf(synset);
      if (kind !== undefined) kinds.set(name, kind);
      const capital = kind === 'country' ? await capitalOf(noun) : undefined;
      // "Capital of Italy" describes Rome and names no government: "What is the capital of Italy?" asks what the article does not say.
      if (capital !== undefined) capitals.set(name, namesIn(capital).filter((word) => !/\bcapital\b/.test(word)));
    }
    if (adjective === undefined) continue;
    const pertains = (await readSynset(adjective, 'a')).pointers.find((pointer) => pointer.symbol === PERTAINYM);
    if (pertains !== undefined) adjectives.set(name, namesIn((await readSynset(pertains.offset, pertains.pos)).words));
  }
  return { synonyms, adjectives, kinds, capitals };
}

/** The kind of place a synset is an instance of, if it is one. */
async function placeKindOf(synset: Synset): Promise<PlaceKind | undefined> {
  const instanceOf = synset.pointers.find((pointer) => pointer.symbol === INSTANCE_OF);
  if (instanceOf === undefined) return undefined;
  const classWords = (await readSynset(instanceOf.offset, instanceOf.pos)).words;
  return PLACE_CLASSES.find(([pattern]) => classWords.some((word) => pattern.test(word)))?.[1];
}

/**
 * Finds a country's national capital (its words) by the country's offset: a capital is part of its
 * country ("Beijing" of China) or of a part of it ("Washington" of the District of Columbia, "Ottawa"
 * of Ontario). Reads WordNet's two hundred-odd capitals once.
 */
async function capitalFinder(index: ReadonlyMap<string, readonly WordNetSense[]>): Promise<(country: number) => Promise<readonly string[] | undefined>> {
  const offset = index.get('national_capital')?.find((sense) => sense.pos === 'n')?.offsets[0];
  const instances = offset === undefined ? [] : (await readSynset(offset, 'n')).pointers.filter((pointer) => pointer.symbol === HAS_INSTANCE);
  const capitals = await Promise.all(instances.map((pointer) => readSynset(pointer.offset, pointer.pos)));
  const wholes = new Map<number, Promise<readonly number[]>>();
  const wholesOf = (synset: Synset) => synset.pointers.filter((pointer) => pointer.symbol === PART_OF).map((pointer) => pointer.offset);
  const wholesAt = (at: number) => {
    let found = wholes.get(at);
    if (found === undefined) {
      found = readSynset(at, 'n').then(wholesOf);
      wholes.set(at, found);
    }
    return found;
  };
  return async (country) => {
    const direct = capitals.find((capital) => wholesOf(capital).includes(country));
    if (direct !== undefined) return direct.words;
    for (const capital of capitals) {
      for (const whole of wholesOf(capital)) if ((await wholesAt(whole)).includes(country)) return capital.words;
    }
    return undefined;
  };
}
