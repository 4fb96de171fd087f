/**
 * The small fixture knowledge base (test/fixtures/mini-knowledge), and
 * copies of it with one thing broken, to see what validation says about it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeLocation } from '../../src/knowledge/load-knowledge.js';

export const MINI = Object.freeze({
  knowledgeDir: new URL('../fixtures/mini-knowledge', import.meta.url).pathname,
  intentsDir: new URL('../fixtures/mini-knowledge/intents', import.meta.url).pathname,
});
export const MINI_QUESTIONS = new URL('../fixtures/mini-questions.json', import.meta.url).pathname;

// Fixtures are edited freely in tests; the loader is what checks them.
type Json = any;

/** The fixture's files as data, for a test to break one thing in. */
export interface MiniFiles {
  article: string;
  sentences: Json;
  facts: Json;
  lexicon: Json;
  replies: Json;
  /** Intent files by name without `.json`. */
  intents: Record<string, Json>;
}

const JSON_FILES = ['sentences', 'facts', 'lexicon', 'replies'] as const;
const copies: string[] = [];

/** Deletes every copy `brokenKnowledge` made; call it from `afterAll`. */
export function removeBrokenCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary copy of the fixture with `edit` applied; paths as `loadKnowledge` takes them. */
export function brokenKnowledge(edit: (files: MiniFiles) => void): KnowledgeLocation {
  const dir = mkdtempSync(join(tmpdir(), 'mini-knowledge-'));
  copies.push(dir);
  cpSync(MINI.knowledgeDir, dir, { recursive: true });
  const intentsDir = join(dir, 'intents');
  const read = (path: string): Json => JSON.parse(readFileSync(path, 'utf8'));
  const files: MiniFiles = {
    article: readFileSync(join(dir, 'article.txt'), 'utf8'),
    sentences: read(join(dir, 'sentences.json')),
    facts: read(join(dir, 'facts.json')),
    lexicon: read(join(dir, 'lexicon.json')),
    replies: read(join(dir, 'replies.json')),
    intents: Object.fromEntries(['finance', 'plans'].map((name) => [name, read(join(intentsDir, `${name}.json`))])),
  };
  edit(files);
  writeFileSync(join(dir, 'article.txt'), files.article);
  for (const name of JSON_FILES) writeFileSync(join(dir, `${name}.json`), JSON.stringify(files[name], null, 2));
  for (const [name, data] of Object.entries(files.intents)) writeFileSync(join(intentsDir, `${name}.json`), JSON.stringify(data, null, 2));
  return { knowledgeDir: dir, intentsDir };
}
