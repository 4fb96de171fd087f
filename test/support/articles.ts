/**
 * Article folders for tests: the real Huawei article, the small Acme fixture
 * as a second article, and temporary KNOWLEDGE_DIR/INTENTS_DIR roots holding
 * copies of whichever articles a test needs, under the slugs it chooses.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { KnowledgeLocation } from '../../src/knowledge/load-knowledge.js';

const root = new URL('../..', import.meta.url).pathname;

export const HUAWEI: KnowledgeLocation = Object.freeze({ knowledgeDir: join(root, 'knowledge/huawei'), intentsDir: join(root, 'intents/huawei') });
export const ITALY: KnowledgeLocation = Object.freeze({ knowledgeDir: join(root, 'knowledge/italy-school-taxes'), intentsDir: join(root, 'intents/italy-school-taxes') });
export const ACME: KnowledgeLocation = Object.freeze({
  knowledgeDir: join(root, 'test/fixtures/mini-knowledge'),
  intentsDir: join(root, 'test/fixtures/mini-knowledge/intents'),
});

export interface ArticleRoot extends KnowledgeLocation {
  /** KNOWLEDGE_DIR and INTENTS_DIR for `loadConfig` or a child process. */
  readonly env: Readonly<Record<string, string>>;
}

/** Extra files per slug, written into the article's knowledge folder (e.g. `source.json`). */
export type ExtraFiles = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** A temporary root with a copy of each article under its slug; removed after the test file. */
export function articleRoot(articles: Readonly<Record<string, KnowledgeLocation>>, extra: ExtraFiles = {}): ArticleRoot {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const knowledgeDir = join(dir, 'knowledge');
  const intentsDir = join(dir, 'intents');
  for (const [slug, location] of Object.entries(articles)) {
    copyFiles(location.knowledgeDir, join(knowledgeDir, slug));
    copyFiles(location.intentsDir, join(intentsDir, slug));
    for (const [name, data] of Object.entries(extra[slug] ?? {})) writeFileSync(join(knowledgeDir, slug, name), JSON.stringify(data));
  }
  return { knowledgeDir, intentsDir, env: { KNOWLEDGE_DIR: knowledgeDir, INTENTS_DIR: intentsDir } };
}

/** The files of `from` (not its sub-folders: the Acme fixture keeps its intents inside). */
function copyFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (statSync(join(from, name)).isFile()) cpSync(join(from, name), join(to, name));
}
