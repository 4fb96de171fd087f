/**
 * Reads one article's folders (`knowledge/<slug>/` and `intents/<slug>/`),
 * validates every file against its schema and the files against each other,
 * and returns one immutable knowledge base. Any problem stops the load with
 * messages naming file, field and fix. `load-articles.ts` finds the folders.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { DataError } from '../errors.js';
import { SMALL_TALK_INTENTS } from '../language/en/small-talk.js';
import {
  factsFileSchema,
  intentFileSchema,
  isWellFormedWordRelations,
  lexiconSchema,
  repliesSchema,
  sentencesFileSchema,
  wordRelationsSchema,
  type Fact,
  type IntentDefinition,
  type Lexicon,
  type Replies,
  type WordRelationsFile,
} from './schemas.js';
import type { Sentence } from './segment-sentences.js';
import { articleSourceSchema, type ArticleSource } from './article-source.js';
import { crossCheck } from './cross-check.js';
import { locateJsonSyntaxError } from './json-syntax-error.js';

export interface KnowledgeBase {
  readonly article: string;
  readonly sentences: readonly Sentence[];
  readonly sentenceById: ReadonlyMap<string, Sentence>;
  readonly facts: readonly Fact[];
  readonly factById: ReadonlyMap<string, Fact>;
  readonly intents: readonly IntentDefinition[];
  readonly lexicon: Lexicon;
  readonly replies: Replies;
  /** WordNet relations derived for this knowledge base (`npm run wordnet`); absent, no word is related. */
  readonly wordRelations?: WordRelationsFile | undefined;
  /** Byline, date and link from the optional `source.json`; undefined when the file is absent. */
  readonly source: ArticleSource | undefined;
}

/** The generated WordNet relations in a knowledge folder (see docs/language.md). */
export const WORD_RELATIONS_FILE = 'word-relations.json';

export interface KnowledgeLocation {
  readonly knowledgeDir: string;
  readonly intentsDir: string;
}

/** Loads and validates everything; throws `DataError` listing every problem found. */
export function loadKnowledge({ knowledgeDir, intentsDir }: KnowledgeLocation): KnowledgeBase {
  const problems: string[] = [];
  const read = <S extends z.ZodType>(path: string, schema: S, wellFormed?: (data: unknown) => data is z.infer<S>): z.infer<S> | undefined =>
    readJson(path, schema, problems, wellFormed);

  const articlePath = join(knowledgeDir, 'article.txt');
  let article = '';
  try {
    article = readFileSync(articlePath, 'utf8');
  } catch (error) {
    problems.push(`${displayPath(articlePath)}: cannot be read (${(error as Error).message}); put the article text there.`);
  }
  const sentences = read(join(knowledgeDir, 'sentences.json'), sentencesFileSchema)?.sentences ?? [];
  const facts = read(join(knowledgeDir, 'facts.json'), factsFileSchema)?.facts ?? [];
  const lexicon = read(join(knowledgeDir, 'lexicon.json'), lexiconSchema);
  const replies = read(join(knowledgeDir, 'replies.json'), repliesSchema);
  const relationsPath = join(knowledgeDir, WORD_RELATIONS_FILE);
  const wordRelations = existsSync(relationsPath) ? read(relationsPath, wordRelationsSchema, isWellFormedWordRelations) : undefined;
  const sourcePath = join(knowledgeDir, 'source.json');
  const source = existsSync(sourcePath) ? read(sourcePath, articleSourceSchema) : undefined;
  // Small talk is the engine's English, trained with every article's own intents.
  const intents = [...SMALL_TALK_INTENTS, ...intentFiles(intentsDir, problems).flatMap((path) => read(path, intentFileSchema) ?? [])];
  if (problems.length > 0 || lexicon === undefined || replies === undefined) throw new DataError(problems);

  const knowledge: KnowledgeBase = {
    article,
    sentences,
    sentenceById: new Map(sentences.map((sentence) => [sentence.id, sentence])),
    facts,
    factById: new Map(facts.map((fact) => [fact.id, fact])),
    intents,
    lexicon,
    replies,
    wordRelations,
    source,
  };
  const crossProblems = crossCheck(knowledge, { knowledgeDir: displayPath(knowledgeDir), intentsDir: displayPath(intentsDir) });
  if (crossProblems.length > 0) throw new DataError(crossProblems);
  return knowledge;
}

function intentFiles(intentsDir: string, problems: string[]): string[] {
  try {
    const files = readdirSync(intentsDir).filter((name) => name.endsWith('.json')).sort();
    if (files.length === 0) problems.push(`${displayPath(intentsDir)}: has no intent files; add at least one *.json file.`);
    return files.map((name) => join(intentsDir, name));
  } catch (error) {
    problems.push(`${displayPath(intentsDir)}: cannot be read (${(error as Error).message}); set INTENTS_DIR to the intents folder.`);
    return [];
  }
}

/**
 * Reads and validates one JSON file; a problem is added to `problems` (and undefined returned) instead of thrown.
 * `wellFormed`, a faster check of the schema's own rules for a large file, accepts the data without the
 * schema; whatever it does not accept is validated by the schema, for its messages.
 */
export function readJson<S extends z.ZodType>(path: string, schema: S, problems: string[], wellFormed?: (data: unknown) => data is z.infer<S>): z.infer<S> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push(`${displayPath(path)}: cannot be read (${(error as Error).message}); fix the file.`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column, reason } = locateJsonSyntaxError(text, error);
    problems.push(`${displayPath(path)}:${line}:${column}: not valid JSON (${reason}); fix the file at line ${line}, column ${column}.`);
    return undefined;
  }
  if (wellFormed?.(data) === true) return data;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // A record's bad key carries the key's own message (the fix) one level down.
    const message = issue.code === 'invalid_key' ? `is not a valid key: ${issue.issues.map((inner) => inner.message).join('; ')}` : issue.message;
    problems.push(`${displayPath(path)}: ${fieldPath(issue.path)} ${message}.`);
  }
  return undefined;
}

/** `facts[3].citations[0]` from a zod issue path. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  const text = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return text.startsWith('.') ? text.slice(1) : text || '(top level)';
}

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel || basename(path);
}
