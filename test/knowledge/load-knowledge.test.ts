import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../src/knowledge/cross-check.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { DataError } from '../../src/errors.js';

const knowledgeDir = new URL('../../knowledge/huawei', import.meta.url).pathname;
const intentsDir = new URL('../../intents/huawei', import.meta.url).pathname;

/** A copy of the real data with one file edited, to see what the loader says about it. */
function withEdited<T>(file: string, edit: (data: T) => void): { knowledgeDir: string; intentsDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(knowledgeDir, dir, { recursive: true });
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return { knowledgeDir: dir, intentsDir };
}

const withEditedFacts = (edit: (facts: { facts: Array<Record<string, unknown>> }) => void) => withEdited('facts.json', edit);

function problemsOf(location: { knowledgeDir: string; intentsDir: string }): readonly string[] {
  try {
    loadKnowledge(location);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadKnowledge', () => {
  const knowledge = loadKnowledge({ knowledgeDir, intentsDir });

  it('loads the real knowledge base without problems', () => {
    expect(knowledge.sentences).toHaveLength(31);
    expect(knowledge.facts.length).toBeGreaterThan(30);
  });

  it('has facts covering every content sentence of the article', () => {
    const cited = new Set(knowledge.facts.flatMap((fact) => fact.citations));
    expect(knowledge.sentences.filter((s) => !cited.has(s.id))).toEqual([]);
  });

  it('states in every answer only numbers its cited sentences state', () => {
    for (const fact of knowledge.facts) {
      const cited = fact.citations.map((id) => knowledge.sentenceById.get(id)?.text ?? '').join(' ');
      for (const number of numbersIn(fact.answer)) expect(numbersIn(cited), `${fact.id}: ${number}`).toContain(number);
    }
  });

  it('reads the optional source.json, and has no source without it', () => {
    expect(knowledge.source).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(knowledgeDir, dir, { recursive: true });
    const source = { url: 'https://news.example/story', byline: 'Jane Doe', published: '2019-03-29', publisher: 'The Daily' };
    writeFileSync(join(dir, 'source.json'), JSON.stringify(source));
    expect(loadKnowledge({ knowledgeDir: dir, intentsDir }).source).toEqual(source);
  });

  it('names the field and fix of a malformed source.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(knowledgeDir, dir, { recursive: true });
    writeFileSync(join(dir, 'source.json'), JSON.stringify({ url: 'javascript:alert(1)', published: 'last Friday' }));
    const problems = problemsOf({ knowledgeDir: dir, intentsDir });
    expect(problems.some((p) => p.endsWith("source.json: url use an http:// or https:// URL."))).toBe(true);
    expect(problems.some((p) => p.endsWith('source.json: published use a date such as "2019-03-29".'))).toBe(true);
  });

  it('names the file, field and fix when a citation is not a sentence id', () => {
    const problems = problemsOf(withEditedFacts(({ facts }) => ((facts[0] as { citations: string[] }).citations = ['s99'])));
    expect(problems.some((p) => p.endsWith('facts.json: facts[0].citations[0] "s99" is not a sentence id; use one from sentences.json.'))).toBe(true);
  });

  it('rejects an answer that states a number its sentences do not', () => {
    const problems = problemsOf(withEditedFacts(({ facts }) => ((facts.find((f) => f.id === 'profit') as { answer: string }).answer = 'Profit rose 99% to 8.6 billion US dollars.')));
    expect(problems.some((p) => p.includes('answer states 99, which its cited sentences do not'))).toBe(true);
  });

  it('names the fix when a speaker is not among the fact\'s entities', () => {
    const problems = problemsOf(withEditedFacts(({ facts }) => ((facts.find((f) => f.id === 'profit') as { speakers: string[] }).speakers = ['guo-ping'])));
    expect(problems.some((p) => p.endsWith('.speakers[0] "guo-ping" is not among the fact\'s entities; add it there too.'))).toBe(true);
  });

  it('asks for single topic-neutral words, since every word of a phrase would become one', () => {
    const problems = problemsOf(withEdited('lexicon.json', (lexicon: { genericWords: string[] }) => lexicon.genericWords.push('report says')));
    expect(problems.some((p) => /lexicon\.json: genericWords\[\d+\] give one word/.test(p))).toBe(true);
  });

  it('reports a missing field with its path', () => {
    const problems = problemsOf(withEditedFacts(({ facts }) => delete facts[2]?.['answer']));
    expect(problems.some((p) => p.endsWith('facts.json: facts[2].answer Invalid input: expected string, received undefined.'))).toBe(true);
  });
});
