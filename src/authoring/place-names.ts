/**
 * What WordNet knows of the names an article writes with a capital: a
 * place's other names ("Britain": "UK", "United Kingdom") and the place an
 * adjective is of ("Chinese": China, "Italian": Italy). Readers name places
 * as they please, and "the Italian schools" are Italy's as surely as
 * "Italy's schools" are.
 */
import type { Sentence } from '../knowledge/segment-sentences.js';
import { readSynset } from '../nlp/natural.js';
import { readWordNetIndex, type WordNetSense } from '../nlp/wordnet-index.js';

export interface PlaceNames {
  /** A name → the other names of what it first means in WordNet. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** An adjective ("chinese") → the names of the place it first means to be of ("china"…). */
  readonly adjectives: ReadonlyMap<string, readonly string[]>;
}

export const NO_PLACE_NAMES: PlaceNames = { synonyms: new Map(), adjectives: new Map() };

/** WordNet's pointer from an adjective to the noun it pertains to. */
const PERTAINYM = '\\';

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

/** Reads, for each capitalised name of the article, its first noun sense's synonyms and its first adjective sense's place. */
export async function readPlaceNames(sentences: readonly Sentence[], index: ReadonlyMap<string, readonly WordNetSense[]> = readWordNetIndex()): Promise<PlaceNames> {
  const synonyms = new Map<string, string[]>();
  const adjectives = new Map<string, string[]>();
  const namesIn = (words: readonly string[]) => words.map((word) => word.replace(/_/g, ' ')).filter((word) => /^[a-z][a-z .]*$/.test(word));
  for (const name of capitalisedNames(sentences)) {
    const senses = index.get(name.replace(/ /g, '_')) ?? [];
    const noun = senses.find((sense) => sense.pos === 'n')?.offsets[0];
    const adjective = senses.find((sense) => sense.pos === 'a')?.offsets[0];
    if (noun !== undefined) synonyms.set(name, namesIn((await readSynset(noun, 'n')).words).filter((word) => word !== name));
    if (adjective === undefined) continue;
    const pertains = (await readSynset(adjective, 'a')).pointers.find((pointer) => pointer.symbol === PERTAINYM);
    if (pertains !== undefined) adjectives.set(name, namesIn((await readSynset(pertains.offset, pertains.pos)).words));
  }
  return { synonyms, adjectives };
}
