/**
 * Schemas of the data files in `knowledge/` and `intents/`. The types the
 * rest of the code uses are inferred from them, so a file that loads is a
 * file the code can trust.
 */
import { z } from 'zod';

const answerType = z.enum(['time', 'person', 'place', 'reason', 'quantity', 'duration', 'age', 'name', 'city', 'effect', 'any']);
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
  currency: z.enum(['USD', 'GBP', 'EUR']).optional(),
  percent: z.boolean().optional(),
  unit: z.string().optional(),
  /** What the number measures, in words, e.g. "Huawei's profit last year". */
  measures: nonEmpty,
  /** The cited sentence that states the number. */
  sentence: sentenceId,
});

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
  numbers: z.array(factNumber),
});

export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).min(1) });

export const lexiconSchema = z.strictObject({
  /** The entity the article is about (an entity id): what a question naming nothing else concerns. */
  subject: z.string().optional(),
  synonyms: z.record(z.string(), z.array(nonEmpty)),
  entities: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      kind: z.enum(['person', 'organisation', 'country']),
      /** Finer than `kind`: person, company, organisation, government, country, city, region… */
      category: z.string().optional(),
      aliases: z.array(nonEmpty).min(1),
      pronoun: z.enum(['he', 'she']).optional(),
      /** The fact that answers a question about the entity and nothing else ("Tell me about Huawei"). */
      profile: z.string().optional(),
    }),
  ),
  /** Topic-neutral words, one word each: every word of a phrase would become topic-neutral everywhere. */
  genericWords: z.array(z.string().regex(/^\S+$/, 'give one word; split a phrase into the words that are topic-neutral on their own')),
  /** Openers dropped before a question ("Hi, how much profit…?"); alone they are a greeting. */
  greetings: z.array(nonEmpty),
  stopwords: z.array(nonEmpty),
});

export const repliesSchema = z.strictObject({
  smalltalk: z.record(z.string(), nonEmpty),
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
export type FactAspect = z.infer<typeof aspect>;
export type Lexicon = z.infer<typeof lexiconSchema>;
export type Replies = z.infer<typeof repliesSchema>;
export type IntentDefinition = z.infer<typeof intentFileSchema>[number];
export type LexiconEntity = Lexicon['entities'][number];
