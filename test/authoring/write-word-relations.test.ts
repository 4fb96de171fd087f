import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/authoring/draft-article.js';
import { writeKnowledge } from '../../src/authoring/write-knowledge.js';
import { writeWordRelations } from '../../src/authoring/write-word-relations.js';
import { DEFAULT_VALIDATION } from '../../src/evaluation/validate.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const out = mkdtempSync(join(tmpdir(), 'draft-relations-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a draft with its WordNet relations', () => {
  it('loads with relations for reader words the article does not use', async () => {
    const article = readFileSync(new URL('../fixtures/drafting/acme-article.txt', import.meta.url), 'utf8');
    const location = { knowledgeDir: join(out, 'knowledge', 'acme'), intentsDir: join(out, 'intents', 'acme') };
    const { draft } = await draftArticle(article, 'acme', DEFAULT_VALIDATION, false);
    writeKnowledge(draft, location);
    const written = await writeWordRelations(location);
    expect(written.related).toBeGreaterThan(0);
    const relations = loadKnowledge(location).wordRelations?.relations ?? {};
    expect(Object.keys(relations)).toContain('mill');
  }, 120_000);

  it('keeps, for a draft served unreviewed, only single words read as a synonym or a derived form', async () => {
    const location = { knowledgeDir: join(out, 'knowledge', 'acme'), intentsDir: join(out, 'intents', 'acme') };
    const everything = loadKnowledge(location).wordRelations?.relations ?? {};
    await writeWordRelations(location, 'unreviewed');
    const relations = loadKnowledge(location).wordRelations?.relations ?? {};
    expect(Object.keys(relations).length).toBeGreaterThan(0);
    expect(Object.keys(relations).filter((word) => word.includes('_'))).toEqual([]);
    expect(Object.values(relations).flat().filter(([, relation]) => relation !== 'synonym' && relation !== 'derivation')).toEqual([]);
    expect(Object.values(everything).flat().some(([, relation]) => relation === 'hypernym')).toBe(true);
  }, 120_000);
});
