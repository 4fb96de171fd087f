/**
 * Derives, ahead of time, which words a reader may use for the knowledge
 * base's words: WordNet synonyms, derivationally related forms
 * (investigate/investigation) and one level of broader and narrower words
 * among nouns (car/sedan). Reading WordNet's data files costs a second and
 * tens of megabytes, so this runs in `npm run wordnet`, never per question;
 * the result is `knowledge/<slug>/word-relations.json`.
 *
 * A reader word may be one of WordNet's multi-word expressions, written with
 * underscores as WordNet writes them ("pick_up" for "arrest").
 */
import { createHash } from 'node:crypto';
import type { WordRelation, WordRelationsFile } from '../../knowledge/schemas.js';
import type { Synset, WordNetSense } from '../../nlp/wordnet-index.js';
import type { EnglishWords } from './dictionary.js';

/** Relations closest first: a synonym before a derived form, before a broader or narrower word. */
export const RELATION_ORDER: readonly WordRelation[] = ['synonym', 'derivation', 'hypernym', 'hyponym'];

/** Senses of a word followed: WordNet is broad ("firm" has 13), and the commonest carry the meaning. */
const SENSES_FOLLOWED = 3;
/** Senses of a multi-word expression in which it is read as the word it shares a synset with. */
const PHRASE_SENSES = 2;

/** A reader word: one lower-case word, or a WordNet collocation of such words joined by underscores. */
const READER_WORD = /^[a-z][a-z-]*(_[a-z][a-z-]*)*$/;

const POINTER_RELATIONS: ReadonlyMap<string, WordRelation> = new Map([
  ['+', 'derivation'],
  // An adjective's pertainym is the noun it is of: a reader's "finance" is the article's "financial".
  ['\\', 'derivation'],
  ['@', 'hypernym'],
  ['@i', 'hypernym'],
  ['~', 'hyponym'],
  ['~i', 'hyponym'],
]);

/**
 * Broader and narrower words are followed among nouns only: a verb's hypernyms are vague ("crop" is a
 * way to "prepare"), while a noun's name a kind of thing ("headquarters" is an "office").
 */
const BROADER_OR_NARROWER: ReadonlySet<WordRelation> = new Set(['hypernym', 'hyponym']);

/** The fingerprint of the vocabulary relations were derived for: when it changes, they are stale. */
export function vocabularyHash(words: Iterable<string>): string {
  return createHash('sha256')
    .update([...new Set(words)].sort().join('\n'))
    .digest('hex');
}

export interface RelationSources {
  readonly english: EnglishWords;
  readonly index: ReadonlyMap<string, readonly WordNetSense[]>;
  readonly readSynset: (offset: number, pos: string) => Promise<Synset>;
}

/**
 * Reader word → the knowledge base's words it relates to, closest relation first. A word the knowledge
 * base uses is related too: it may be in no fact ("code", only in a synonym phrase), and then the facts
 * stating the words it relates to cover it.
 */
export async function deriveRelations(vocabulary: readonly string[], sources: RelationSources): Promise<WordRelationsFile['relations']> {
  const found = new Map<string, Map<string, WordRelation>>();
  const synsets = new Map<string, Promise<Synset>>();
  const synset = (offset: number, pos: string) => {
    const key = `${pos}${offset}`;
    let read = synsets.get(key);
    if (read === undefined) {
      read = sources.readSynset(offset, pos);
      synsets.set(key, read);
    }
    return read;
  };
  // A phrase is read as the word itself, so only in one of its own commonest senses: "pick up" is an
  // arrest in WordNet, but far more often a lift or a recovery.
  const isCommonSense = (phrase: string, pos: string, offset: number) =>
    sources.index.get(phrase)?.find((sense) => sense.pos === pos)?.offsets.slice(0, PHRASE_SENSES).includes(offset) === true;
  const add = (reader: string, word: string, relation: WordRelation) => {
    if (!READER_WORD.test(reader) || reader === word) return;
    const relations = found.get(reader) ?? new Map<string, WordRelation>();
    const known = relations.get(word);
    if (known === undefined || RELATION_ORDER.indexOf(relation) < RELATION_ORDER.indexOf(known)) relations.set(word, relation);
    found.set(reader, relations);
  };
  for (const word of vocabulary) {
    for (const { lemma, pos } of sources.english.lemmasOf(word)) {
      if (pos === 'r') continue;
      const offsets = sources.index.get(lemma)?.find((sense) => sense.pos === pos)?.offsets ?? [];
      for (const offset of offsets.slice(0, SENSES_FOLLOWED)) {
        const own = await synset(offset, pos);
        for (const synonym of own.words) if (!synonym.includes('_') || isCommonSense(synonym, pos, offset)) add(synonym, word, 'synonym');
        const at = own.words.indexOf(lemma) + 1;
        for (const pointer of own.pointers) {
          const relation = POINTER_RELATIONS.get(pointer.symbol);
          if (relation === undefined || (BROADER_OR_NARROWER.has(relation) && (pos !== 'n' || pointer.pos !== 'n'))) continue;
          const target = await synset(pointer.offset, pointer.pos);
          const source = Number.parseInt(pointer.sourceTarget.slice(0, 2), 16);
          const targetIndex = Number.parseInt(pointer.sourceTarget.slice(2), 16);
          // A lexical pointer links one word to one word; a semantic one (00 00) links the whole synsets.
          if (source !== 0 && source !== at) continue;
          const readers = targetIndex === 0 ? target.words : [target.words[targetIndex - 1] ?? ''];
          for (const reader of readers) add(reader, word, relation);
        }
      }
    }
  }
  return Object.fromEntries(
    [...found]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([reader, relations]) => [
        reader,
        [...relations].sort(([a, x], [b, y]) => RELATION_ORDER.indexOf(x) - RELATION_ORDER.indexOf(y) || (a < b ? -1 : a > b ? 1 : 0)),
      ]),
  );
}
