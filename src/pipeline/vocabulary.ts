/**
 * Everything `normalize` knows about words, built once from the engine's
 * English (`src/language/en/`) and the knowledge base's lexicon: stopwords,
 * synonyms, entity aliases, topic-neutral words, WordNet relations, and the
 * vocabulary that spelling correction may correct towards.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { LexiconEntity, WordRelation, WordRelationsFile } from '../knowledge/schemas.js';
import { englishWords, GENERAL_SYNONYMS, GREETINGS, IDENTITY_WORDS, inflectionsOf, STOPWORDS, TOPIC_NEUTRAL_WORDS, type EnglishWords } from '../language/en/index.js';
import { stem } from '../nlp/natural.js';
import { createNormalizer } from './normalize.js';
import { PhraseTable } from './phrases.js';
import { SpellingCorrector } from './spelling.js';
import { capitalisedWords, KNOWN_WORDS, tokenize } from './text-tokens.js';

export interface Vocabulary {
  readonly stopwords: ReadonlySet<string>;
  readonly synonyms: PhraseTable<readonly string[]>;
  readonly entityAliases: PhraseTable<string>;
  readonly entities: ReadonlyMap<string, LexiconEntity>;
  /** Stems that say nothing about the topic ("say", "article", the article's subject). */
  readonly genericStems: ReadonlySet<string>;
  /** The words of the article's names, as it capitalises them and as its entities' aliases spell them: a capitalised typo is corrected only to one. */
  readonly nameWords: ReadonlySet<string>;
  /** Stems of the words that ask who a person is: no topic when a person is named. */
  readonly identityStems: ReadonlySet<string>;
  readonly greetings: PhraseTable<true>;
  readonly speller: SpellingCorrector;
  readonly english: EnglishWords;
  /** Whether the knowledge base uses the word, or another form of it ("announce" for "announced"), anywhere. */
  knows(word: string): boolean;
  /** The knowledge base's word a word it does not use relates to in WordNet, if any ("probe" → "investigation"). */
  relatedWord(word: string): string | undefined;
  /** The knowledge base's other words a word it uses relates to in WordNet ("code" → "software"); none for a word it does not use. */
  alternativesOf(word: string): readonly string[];
}

export function buildVocabulary(knowledge: KnowledgeBase, english: EnglishWords = englishWords()): Vocabulary {
  const { lexicon } = knowledge;
  // The same texts recur (drafted utterances are facts' questions; WordNet's phrases share their words).
  const wordsOf = rememberedWords();
  const synonyms = new PhraseTable<readonly string[]>();
  // The article's own synonyms first: where both name a phrase, the article's reading wins.
  for (const [canonical, variants] of [...Object.entries(lexicon.synonyms), ...GENERAL_SYNONYMS]) {
    const canonicalWords = wordsOf(canonical);
    for (const variant of variants) synonyms.add(wordsOf(variant), canonicalWords);
  }
  // Looked up in the file's own object: copying its thousands of entries into a Map was a measurable
  // part of start-up.
  const relations: WordRelations = knowledge.wordRelations?.relations ?? {};
  const relationsOf = (word: string) => (Object.hasOwn(relations, word) ? relations[word] : undefined) ?? [];
  // WordNet's phrases last: a curated reading of the same words wins.
  const aliases = new Set(lexicon.entities.flatMap((entity) => entity.aliases.map((alias) => alias.toLowerCase())));
  for (const [phrase, words] of relatedPhrases(relations, wordsOf, aliases)) synonyms.add(phrase, words);
  const entityAliases = new PhraseTable<string>();
  for (const entity of lexicon.entities) {
    for (const alias of entity.aliases) entityAliases.add(wordsOf(alias), entity.id);
  }
  const greetings = new PhraseTable<true>();
  for (const greeting of GREETINGS) greetings.add(wordsOf(greeting), true);
  const frequencies = wordFrequencies(knowledge, wordsOf);
  const knownStems = new Set([...frequencies.keys()].map(stem));
  const knows = (word: string) => frequencies.has(word) || knownStems.has(stem(word));
  // A reader's inflection ("probes") is related as its lemma is.
  const relationsOfAnyForm = (word: string) => [word, ...english.lemmasOf(word).map((reading) => reading.lemma)].flatMap(relationsOf);
  const relatedWord = (word: string): string | undefined => {
    const readings = relationsOfAnyForm(word);
    const close = readings.find(([, relation]) => CLOSE_RELATIONS.has(relation));
    if (close !== undefined) return close[0];
    // The knowledge base's words the reader's word is broader than.
    const covered = readings.filter(([, relation]) => relation === 'hypernym').map(([related]) => related);
    return new Set(covered.map(stem)).size === 1 ? covered[0] : undefined;
  };
  // Not the narrower words: a fact about "bishops" does not say what a question about "the clergy" asks.
  const alternativesOf = (word: string): readonly string[] =>
    knows(word)
      ? relationsOfAnyForm(word)
          .filter(([related, relation]) => relation !== 'hyponym' && related !== word)
          .map(([related]) => related)
      : [];
  return {
    alternativesOf,
    greetings,
    stopwords: STOPWORDS,
    synonyms,
    entityAliases,
    entities: new Map(lexicon.entities.map((entity) => [entity.id, entity])),
    genericStems: new Set([...lexicon.genericWords, ...TOPIC_NEUTRAL_WORDS].flatMap(wordsOf).map(stem)),
    identityStems: new Set(IDENTITY_WORDS.flatMap(wordsOf).map(stem)),
    nameWords: new Set([
      ...knowledge.sentences.flatMap((sentence) => [...capitalisedWords(sentence.text)]),
      ...lexicon.entities.flatMap((entity) => entity.aliases.flatMap(wordsOf)),
    ]),
    speller: new SpellingCorrector(frequencies, english.isWord, [...STOPWORDS, ...TOPIC_NEUTRAL_WORDS]),
    english,
    knows,
    relatedWord,
  };
}


type WordRelations = WordRelationsFile['relations'];

let englishTexts: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Reads the words of a text (`tokenize`), each text once: once per process for the engine's own
 * English (its synonyms, greetings, stopwords and topic-neutral words are the same for every article
 * served), once per vocabulary built for an article's.
 */
function rememberedWords(): (text: string) => readonly string[] {
  englishTexts ??= new Map(
    [...GENERAL_SYNONYMS.flat(2), ...TOPIC_NEUTRAL_WORDS, ...STOPWORDS, ...GREETINGS, ...KNOWN_WORDS].map((english) => [english, tokenize(english)]),
  );
  const english = englishTexts;
  const article = new Map<string, readonly string[]>();
  return (text) => {
    let words = english.get(text) ?? article.get(text);
    if (words === undefined) {
      words = tokenize(text);
      article.set(text, words);
    }
    return words;
  };
}

/**
 * The relations a question word is read through first. Failing those, a word broader than exactly one
 * of the knowledge base's words reads as it ("levy" asks about the article's "tax"): a broad word that
 * covers several of them picks none, and a narrower word than the article's ("headquarters", a kind
 * of "office") asks what the article does not say, so out-of-scope questions would look answerable.
 */
const CLOSE_RELATIONS: ReadonlySet<WordRelation> = new Set(['synonym', 'derivation']);

/**
 * WordNet's multi-word expressions that mean one of the knowledge base's words ("pick_up" for
 * "arrest"), as phrases in each form of their first word ("picked up" → "arrest"). Only synonyms: a
 * phrase is read as the word itself, so a broader or merely derived sense would change the question.
 * Never as a word that is also one of the article's names (`aliases`): "put forward" may mean "state",
 * but read so it would name the article's State.
 */
function relatedPhrases(
  relations: WordRelations,
  wordsOf: (text: string) => readonly string[],
  aliases: ReadonlySet<string>,
): Array<[readonly string[], readonly string[]]> {
  const phrases: Array<[readonly string[], readonly string[]]> = [];
  for (const reader of Object.keys(relations)) {
    if (!reader.includes('_')) continue;
    const [word, relation] = relations[reader]?.[0] ?? [];
    if (word === undefined || relation !== 'synonym' || aliases.has(word)) continue;
    const [first = '', ...rest] = reader.split('_');
    const canonical = wordsOf(word);
    const tail = rest.flatMap(wordsOf);
    for (const form of inflectionsOf(first)) phrases.push([[...wordsOf(form), ...tail], canonical]);
  }
  return phrases;
}

/** How often each word occurs across all the knowledge and intent files, and the engine's own English. */
function wordFrequencies({ article, facts, intents, lexicon, replies }: KnowledgeBase, wordsOf: (text: string) => readonly string[]): Map<string, number> {
  const texts = [
    article,
    ...facts.flatMap((fact) => [fact.answer, ...fact.questions, ...fact.keywords, ...Object.values(fact.aspects ?? {}).map((a) => a.answer)]),
    ...intents.flatMap((intent) => [...intent.utterances, ...intent.tests]),
    ...Object.entries(lexicon.synonyms).flat(2),
    ...GENERAL_SYNONYMS.flat(2),
    ...lexicon.entities.flatMap((entity) => entity.aliases),
    ...lexicon.genericWords,
    ...TOPIC_NEUTRAL_WORDS,
    ...STOPWORDS,
    ...GREETINGS,
    ...replies.suggestions,
    ...KNOWN_WORDS,
  ];
  const frequencies = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  return frequencies;
}

/**
 * The knowledge base's words as normalisation writes them (synonyms unified, the canonical words facts
 * are indexed by), that WordNet relations lead to: content words of three letters or more.
 */
export function relationVocabulary(knowledge: KnowledgeBase, english: EnglishWords = englishWords()): string[] {
  const normalize = createNormalizer(buildVocabulary({ ...knowledge, wordRelations: undefined }, english));
  const texts = [
    ...knowledge.sentences.map((sentence) => sentence.text),
    ...knowledge.facts.flatMap((fact) => [fact.answer, ...fact.questions, ...fact.keywords, ...Object.values(fact.aspects ?? {}).map((a) => a.answer)]),
  ];
  const words = new Set(texts.flatMap((text) => normalize(text).words).filter((word) => /^[a-z]{3,}$/.test(word) && !STOPWORDS.has(word)));
  return [...words].sort();
}
