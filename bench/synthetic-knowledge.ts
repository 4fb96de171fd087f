/**
 * Writes a knowledge base `factor` times the size of the real one into a
 * folder: the real article, facts and intents (copy 0) plus `factor − 1`
 * varied copies (see `vary-text.ts`). Every copy's facts cite that copy's
 * sentences and its own intents, so the result passes the loader's checks.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeLocation } from '../src/knowledge/load-knowledge.js';
import type { Fact, IntentDefinition, Lexicon } from '../src/knowledge/schemas.js';
import { segmentSentences } from '../src/knowledge/segment-sentences.js';
import { GENERAL_SYNONYMS, STOPWORDS, TOPIC_NEUTRAL_WORDS } from '../src/language/en/index.js';
import { createVariant, varyText, varyUtterance, wordsOf, type Variant } from './vary-text.js';

/** Intents whose replies live in replies.json; copies would have no reply, so they are not copied. */
const UNCOPIED_INTENT_PREFIX = 'smalltalk.';

export interface KnowledgeSize {
  readonly sentences: number;
  readonly facts: number;
  readonly intents: number;
  /** Intent training utterances plus fact paraphrases: what the classifier trains on. */
  readonly trainingTexts: number;
  /** Distinct lower-case words across article, facts and intents. */
  readonly vocabulary: number;
}

interface Source {
  readonly article: string;
  readonly facts: readonly Fact[];
  readonly intentFiles: ReadonlyArray<{ readonly name: string; readonly intents: readonly IntentDefinition[] }>;
  readonly lexicon: Lexicon;
}

export function writeSyntheticKnowledge(source: KnowledgeLocation, factor: number, targetDir: string): KnowledgeLocation & { size: KnowledgeSize } {
  const real = readSource(source);
  const knowledgeDir = join(targetDir, 'knowledge');
  const intentsDir = join(targetDir, 'intents');
  mkdirSync(knowledgeDir, { recursive: true });
  mkdirSync(intentsDir, { recursive: true });
  const protectedWords = protectedWordsOf(real.lexicon);
  const variants = Array.from({ length: factor - 1 }, (_, i) => createVariant(i + 1, protectedWords));
  const baseSentences = segmentSentences(real.article).length;

  const article = [real.article.trimEnd(), ...variants.map((variant) => varyText(real.article, variant).trimEnd())].join('\n\n') + '\n';
  const sentences = segmentSentences(article);
  if (sentences.length !== baseSentences * factor) {
    throw new Error(`bench: the varied article has ${sentences.length} sentences, expected ${baseSentences * factor}; varyText changed the segmentation.`);
  }
  const facts = [...real.facts, ...variants.flatMap((variant) => real.facts.map((fact) => varyFact(fact, variant, variant.copy * baseSentences)))];
  const intentFiles = [...real.intentFiles, ...variants.map((variant) => ({ name: `copy-${variant.copy}.json`, intents: varyIntents(real, variant) }))];
  const lexicon: Lexicon = {
    ...real.lexicon,
    entities: [...real.lexicon.entities, ...variants.map((variant) => ({ id: entityId(variant), category: 'company' as const, aliases: [variant.company.toLowerCase()] }))],
    genericWords: [...real.lexicon.genericWords, ...variants.flatMap(({ company }) => [company.toLowerCase(), `${company.toLowerCase()}s`])],
  };

  writeFileSync(join(knowledgeDir, 'article.txt'), article);
  writeJson(join(knowledgeDir, 'sentences.json'), { sentences });
  writeJson(join(knowledgeDir, 'facts.json'), { facts });
  writeJson(join(knowledgeDir, 'lexicon.json'), lexicon);
  copyFileSync(join(source.knowledgeDir, 'replies.json'), join(knowledgeDir, 'replies.json'));
  for (const file of intentFiles) writeJson(join(intentsDir, file.name), file.intents);

  const intents = intentFiles.flatMap((file) => file.intents);
  return { knowledgeDir, intentsDir, size: sizeOf(article, facts, intents, sentences.length) };
}

/** The size of the real knowledge base, measured the same way. */
export function measureKnowledge(source: KnowledgeLocation): KnowledgeSize {
  const real = readSource(source);
  const intents = real.intentFiles.flatMap((file) => file.intents);
  return sizeOf(real.article, real.facts, intents, segmentSentences(real.article).length);
}

function readSource({ knowledgeDir, intentsDir }: KnowledgeLocation): Source {
  return {
    article: readFileSync(join(knowledgeDir, 'article.txt'), 'utf8'),
    facts: readJson<{ facts: Fact[] }>(join(knowledgeDir, 'facts.json')).facts,
    lexicon: readJson<Lexicon>(join(knowledgeDir, 'lexicon.json')),
    intentFiles: readdirSync(intentsDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name, intents: readJson<IntentDefinition[]>(join(intentsDir, name)) })),
  };
}

function varyFact(fact: Fact, variant: Variant, sentenceOffset: number): Fact {
  const cite = (id: string) => `s${Number(id.slice(1)) + sentenceOffset}`;
  const text = (value: string) => varyText(value, variant);
  return {
    ...fact,
    id: `${fact.id}-v${variant.copy}`,
    intent: copyIntentName(fact.intent, variant),
    citations: fact.citations.map(cite),
    answer: text(fact.answer),
    aspects:
      fact.aspects === undefined
        ? undefined
        : Object.fromEntries(Object.entries(fact.aspects).map(([type, aspect]) => [type, { answer: text(aspect.answer), citations: aspect.citations.map(cite) }])),
    questions: fact.questions.map((question) => varyUtterance(question, variant)),
    keywords: fact.keywords.map(text),
    entities: fact.entities.map((entity) => (entity === 'huawei' ? entityId(variant) : entity)),
    numbers: fact.numbers.map((number) => ({ ...number, measures: text(number.measures), sentence: cite(number.sentence) })),
  };
}

function varyIntents({ intentFiles }: Source, variant: Variant): IntentDefinition[] {
  return intentFiles
    .flatMap((file) => file.intents)
    .filter((definition) => !definition.intent.startsWith(UNCOPIED_INTENT_PREFIX))
    .map((definition) => ({
      intent: copyIntentName(definition.intent, variant),
      description: varyText(definition.description, variant),
      utterances: definition.utterances.map((utterance) => varyUtterance(utterance, variant)),
      tests: definition.tests.map((utterance) => varyUtterance(utterance, variant)),
    }));
}

function copyIntentName(intent: string, variant: Variant): string {
  return `${intent}_v${variant.copy}`;
}

function entityId(variant: Variant): string {
  return `org-v${variant.copy}`;
}

function protectedWordsOf(lexicon: Lexicon): Set<string> {
  const texts = [
    ...STOPWORDS,
    ...TOPIC_NEUTRAL_WORDS,
    ...GENERAL_SYNONYMS.flat(2),
    ...lexicon.genericWords,
    ...Object.entries(lexicon.synonyms).flat(2),
    ...lexicon.entities.flatMap((entity) => entity.aliases),
  ];
  return new Set(texts.flatMap(wordsOf));
}

function sizeOf(article: string, facts: readonly Fact[], intents: readonly IntentDefinition[], sentences: number): KnowledgeSize {
  const texts = [
    article,
    ...facts.flatMap((fact) => [fact.answer, ...fact.questions, ...fact.keywords]),
    ...intents.flatMap((intent) => [...intent.utterances, ...intent.tests]),
  ];
  return {
    sentences,
    facts: facts.length,
    intents: intents.length,
    trainingTexts: intents.reduce((sum, intent) => sum + intent.utterances.length, 0) + facts.reduce((sum, fact) => sum + fact.questions.length, 0),
    vocabulary: new Set(texts.flatMap(wordsOf)).size,
  };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function writeJson(path: string, data: unknown): void {
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
