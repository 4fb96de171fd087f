import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadKnowledge, WORD_RELATIONS_FILE } from '../../src/knowledge/load-knowledge.js';
import { isWellFormedWordRelations, wordRelationsSchema } from '../../src/knowledge/schemas.js';

const knowledgeDir = new URL('../../knowledge/huawei', import.meta.url).pathname;
const intentsDir = new URL('../../intents/huawei', import.meta.url).pathname;

const HASH = 'a'.repeat(64);
const valid = () => ({ source: 'WordNet 3.1', vocabulary: HASH, relations: { probe: [['investigation', 'synonym']], pick_up: [['arrest', 'synonym']] } });

/** Each breaks one rule of the schema. */
const MALFORMED: ReadonlyArray<readonly [string, unknown]> = [
  ['not an object', []],
  ['a field missing', { source: 'WordNet', vocabulary: HASH }],
  ['an unknown field', { ...valid(), extra: 1 }],
  ['an empty source', { ...valid(), source: '' }],
  ['a blank source', { ...valid(), source: '   ' }],
  ['a source that is not text', { ...valid(), source: 3 }],
  ['a vocabulary that is not a hash', { ...valid(), vocabulary: 'abc' }],
  ['relations as a list', { ...valid(), relations: [] }],
  ['a reader word in capitals', { ...valid(), relations: { Probe: [['investigation', 'synonym']] } }],
  ['a reader phrase with spaces', { ...valid(), relations: { 'pick up': [['arrest', 'synonym']] } }],
  ['no relation for a word', { ...valid(), relations: { probe: [] } }],
  ['a relation that is not a pair', { ...valid(), relations: { probe: [['investigation']] } }],
  ['a relation with a third item', { ...valid(), relations: { probe: [['investigation', 'synonym', 'extra']] } }],
  ['an empty related word', { ...valid(), relations: { probe: [['', 'synonym']] } }],
  ['an unknown kind of relation', { ...valid(), relations: { probe: [['investigation', 'antonym']] } }],
  ['relations of a word not a list', { ...valid(), relations: { probe: { investigation: 'synonym' } } }],
];

describe('the quick check of a word-relations file', () => {
  it('accepts the real files as they are, as the schema does', () => {
    for (const slug of ['huawei', 'italy-school-taxes']) {
      const data: unknown = JSON.parse(readFileSync(new URL(`../../knowledge/${slug}/${WORD_RELATIONS_FILE}`, import.meta.url), 'utf8'));
      expect(isWellFormedWordRelations(data), slug).toBe(true);
      expect(wordRelationsSchema.safeParse(data).success, slug).toBe(true);
    }
  });

  it.each(MALFORMED)('leaves a file with %s to the schema, which rejects it', (_, data) => {
    expect(isWellFormedWordRelations(data)).toBe(false);
    expect(wordRelationsSchema.safeParse(data).success).toBe(false);
  });

  it('leaves a source with spaces around it to the schema, which trims it', () => {
    const data = { ...valid(), source: ' WordNet 3.1 ' };
    expect(isWellFormedWordRelations(data)).toBe(false);
    expect(wordRelationsSchema.parse(data).source).toBe('WordNet 3.1');
  });

  it('still names the file, field and fix of a malformed relation when the knowledge loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(knowledgeDir, dir, { recursive: true });
    writeFileSync(join(dir, WORD_RELATIONS_FILE), JSON.stringify({ ...valid(), relations: { 'Pick Up': [['arrest', 'synonym']] } }));
    let problems: readonly string[] = [];
    try {
      loadKnowledge({ knowledgeDir: dir, intentsDir });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems = error.problems;
    }
    expect(problems).toContainEqual(expect.stringMatching(/word-relations\.json: relations\.Pick Up is not a valid key: use one lower-case word, or WordNet.s words of a phrase joined by "_"\.$/));
  });
});
