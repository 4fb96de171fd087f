/**
 * Everything `normalize` knows about words, built once from the knowledge
 * base: stopwords, synonyms, entity aliases, topic-neutral words, and the
 * vocabulary that spelling correction may correct towards.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { LexiconEntity } from '../knowledge/schemas.js';
import { loadEnglishWords, type EnglishWords } from '../nlp/english-words.js';
import { stem } from '../nlp/natural.js';
import { PhraseTable } from './phrases.js';
import { SpellingCorrector } from './spelling.js';
import { KNOWN_WORDS, tokenize } from './text-tokens.js';

export interface Vocabulary {
  readonly stopwords: ReadonlySet<string>;
  readonly synonyms: PhraseTable<readonly string[]>;
  readonly entityAliases: PhraseTable<string>;
  readonly entities: ReadonlyMap<string, LexiconEntity>;
  /** Stems that say nothing about the topic ("huawei", "say", "company"). */
  readonly genericStems: ReadonlySet<string>;
  readonly greetings: PhraseTable<true>;
  readonly speller: SpellingCorrector;
  readonly english: EnglishWords;
}

export function buildVocabulary(knowledge: KnowledgeBase, english: EnglishWords = loadEnglishWords()): Vocabulary {
  const { lexicon } = knowledge;
  const synonyms = new PhraseTable<readonly string[]>();
  for (const [canonical, variants] of Object.entries(lexicon.synonyms)) {
    const canonicalWords = tokenize(canonical);
    for (const variant of variants) synonyms.add(tokenize(variant), canonicalWords);
  }
  const entityAliases = new PhraseTable<string>();
  for (const entity of lexicon.entities) {
    for (const alias of entity.aliases) entityAliases.add(tokenize(alias), entity.id);
  }
  const greetings = new PhraseTable<true>();
  for (const greeting of lexicon.greetings) greetings.add(tokenize(greeting), true);
  return {
    greetings,
    stopwords: new Set(lexicon.stopwords),
    synonyms,
    entityAliases,
    entities: new Map(lexicon.entities.map((entity) => [entity.id, entity])),
    genericStems: new Set(lexicon.genericWords.flatMap((word) => tokenize(word)).map(stem)),
    speller: new SpellingCorrector(wordFrequencies(knowledge), english.isWord, lexicon.stopwords),
    english,
  };
}

/** How often each word occurs across all the knowledge and intent files. */
function wordFrequencies({ article, facts, intents, lexicon, replies }: KnowledgeBase): Map<string, number> {
  const texts = [
    article,
    ...facts.flatMap((fact) => [fact.answer, ...fact.questions, ...fact.keywords, ...Object.values(fact.aspects ?? {}).map((a) => a.answer)]),
    ...intents.flatMap((intent) => [...intent.utterances, ...intent.tests]),
    ...Object.entries(lexicon.synonyms).flat(2),
    ...lexicon.entities.flatMap((entity) => entity.aliases),
    ...lexicon.genericWords,
    ...lexicon.stopwords,
    ...lexicon.greetings,
    ...replies.suggestions,
    ...KNOWN_WORDS,
  ];
  const frequencies = new Map<string, number>();
  for (const text of texts) for (const word of tokenize(text)) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  return frequencies;
}
