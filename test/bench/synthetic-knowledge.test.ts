import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureKnowledge, writeSyntheticKnowledge } from '../../bench/synthetic-knowledge.js';
import { companyName, createVariant, varyText, varyUtterance } from '../../bench/vary-text.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const real = {
  knowledgeDir: new URL('../../knowledge/huawei', import.meta.url).pathname,
  intentsDir: new URL('../../intents/huawei', import.meta.url).pathname,
};
const workDir = mkdtempSync(join(tmpdir(), 'synthetic-knowledge-test-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('writeSyntheticKnowledge', () => {
  const generated = writeSyntheticKnowledge(real, 3, workDir);

  it('writes a knowledge base that passes every check of the loader', () => {
    const knowledge = loadKnowledge(generated);
    expect(knowledge.facts).toHaveLength(generated.size.facts);
    expect(knowledge.sentences).toHaveLength(generated.size.sentences);
  });

  it('multiplies sentences and facts by the factor and grows the vocabulary', () => {
    const size = measureKnowledge(real);
    expect(generated.size.sentences).toBe(size.sentences * 3);
    expect(generated.size.facts).toBe(size.facts * 3);
    expect(generated.size.vocabulary).toBeGreaterThan(size.vocabulary);
  });

  it('makes each copy cite its own sentences', () => {
    const knowledge = loadKnowledge(generated);
    const copy = knowledge.facts.find((fact) => fact.id.endsWith('-v2'));
    const cited = knowledge.sentenceById.get(copy?.citations[0] ?? '');
    expect(cited?.text).toContain(companyName(2));
  });
});

describe('varyText', () => {
  const variant = createVariant(7, new Set(['sales']));

  it('renames the company and keeps the capital letter', () => {
    expect(varyText("Huawei's sales and huawei", variant)).toBe(`${companyName(7)}'s sales and ${companyName(7).toLowerCase()}`);
  });

  it('varies a word the same way every time within one copy', () => {
    const text = 'announced announced announced';
    const [first, ...rest] = varyText(text, variant).split(' ');
    expect(rest).toEqual([first, first]);
  });

  it('leaves protected words, short words and numbers alone', () => {
    expect(varyText('sales of 19.5% to 8.6 bn', variant)).toBe('sales of 19.5% to 8.6 bn');
  });

  it('names the company in every utterance so copies never share one', () => {
    expect(varyUtterance('how fast did revenue increase?', variant)).toMatch(new RegExp(`at ${companyName(7)}\\?$`));
  });
});
