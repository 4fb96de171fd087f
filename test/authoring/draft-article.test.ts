import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftArticle, type DraftResult } from '../../src/authoring/draft-article.js';
import { writeKnowledge } from '../../src/authoring/write-knowledge.js';
import { MemorySessionStore } from '../../src/conversation/session-store.js';
import { DEFAULT_VALIDATION } from '../../src/evaluation/validate.js';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load-knowledge.js';
import { createEngine, type Engine } from '../../src/pipeline/answer-question.js';

const ACME = readFileSync(new URL('../fixtures/drafting/acme-article.txt', import.meta.url), 'utf8');
const folders: string[] = [];

/** Drafts `article` without WordNet (quick), writes it to a fresh folder and loads it as the server would. */
async function draftAndLoad(article: string, slug: string): Promise<{ result: DraftResult; knowledge: KnowledgeBase; engine: Engine }> {
  const result = await draftArticle(article, slug, DEFAULT_VALIDATION, false);
  const out = mkdtempSync(join(tmpdir(), 'draft-'));
  folders.push(out);
  const location = { knowledgeDir: join(out, 'knowledge', slug), intentsDir: join(out, 'intents', slug) };
  writeKnowledge(result.draft, location);
  const knowledge = loadKnowledge(location);
  return { result, knowledge, engine: createEngine(knowledge, { sessions: new MemorySessionStore({ maxSessions: 10, ttlMs: 60_000 }) }) };
}

function sentenceIdContaining(knowledge: KnowledgeBase, words: string): string {
  const sentence = knowledge.sentences.find((s) => s.text.includes(words));
  if (sentence === undefined) throw new Error(`no sentence says "${words}"`);
  return sentence.id;
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('drafting a small article', () => {
  let drafted: Awaited<ReturnType<typeof draftAndLoad>>;
  beforeAll(async () => {
    drafted = await draftAndLoad(ACME, 'acme');
  });

  it('writes a knowledge base the loader accepts unedited', () => {
    expect(drafted.knowledge.facts.length).toBeGreaterThan(0);
  });

  it('gives every sentence a fact with at least three questions', () => {
    const cited = new Set(drafted.knowledge.facts.flatMap((fact) => fact.citations));
    expect(drafted.knowledge.sentences.every((sentence) => cited.has(sentence.id))).toBe(true);
    expect(drafted.knowledge.facts.every((fact) => fact.questions.length >= 3)).toBe(true);
  });

  it('knows a person by full name, surname and title, with a category and pronoun', () => {
    const doe = drafted.knowledge.lexicon.entities.find((entity) => entity.id === 'jane-doe');
    expect(doe).toMatchObject({ category: 'person', pronoun: 'she' });
    expect(doe?.aliases).toEqual(expect.arrayContaining(['jane doe', 'doe', 'mrs doe']));
  });

  it('names the entity the headline is about as the subject', () => {
    expect(drafted.knowledge.lexicon.subject).toBe('acme');
  });

  it('reads each figure with its scale, currency or percentage and its sentence', () => {
    const profit = drafted.knowledge.facts.find((fact) => fact.answer.startsWith('Profit rose'));
    expect(profit?.numbers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 12, percent: true }),
        expect.objectContaining({ value: 5, scale: 'million', currency: 'GBP', sentence: profit?.citations[0] }),
      ]),
    );
    expect(profit?.answers).toEqual(expect.arrayContaining(['quantity', 'time']));
  });

  it('reports whose words a sentence gives, and keeps them for the quotation', () => {
    const quote = drafted.knowledge.facts.find((fact) => fact.answer.includes('We are growing'));
    expect(quote?.speakers).toContain('jane-doe');
    expect(quote?.answers).toContain('reason');
  });

  it('marks what a sentence reports: what someone said would happen is their forecast and view', () => {
    const plant = drafted.knowledge.facts.find((fact) => fact.answer.includes('200 jobs'));
    expect(plant?.reports).toEqual(expect.arrayContaining(['forecast', 'consequence', 'view']));
  });

  it('answers an obvious question citing the sentence that states it', async () => {
    const response = await drafted.engine.ask({ question: 'How many jobs will the plant create?' });
    expect(response.citations[0]?.id).toBe(sentenceIdContaining(drafted.knowledge, '200 jobs'));
  });

  it('lists what needs a human in its report', () => {
    expect(drafted.result.report).toMatch(/## Sentences without a question/);
    expect(drafted.result.report).toMatch(/## Entities without a category/);
    expect(drafted.result.report).toMatch(/## Duplicate facts/);
  });
});

describe('drafting a real article (Wikinews, Italy school taxes)', () => {
  let drafted: Awaited<ReturnType<typeof draftAndLoad>>;
  beforeAll(async () => {
    drafted = await draftAndLoad(readFileSync('knowledge/italy-school-taxes/article.txt', 'utf8'), 'italy');
  }, 120_000);

  it('finds its people with categories and its subject', () => {
    const ids = drafted.knowledge.lexicon.entities.map((entity) => entity.id);
    expect(ids).toEqual(expect.arrayContaining(['stefania-giannini', 'nunzio-galantino', 'roberto-maroni', 'municipality-of-livorno']));
    expect(drafted.knowledge.lexicon.subject).toBe('italy');
  });

  it('makes a town of its municipality, as readers ask "Which town…?"', () => {
    expect(drafted.knowledge.lexicon.entities.find((entity) => entity.id === 'municipality-of-livorno')?.category).toBe('city');
  });

  const factSaying = (words: string) => drafted.knowledge.facts.find((fact) => fact.citations[0] === sentenceIdContaining(drafted.knowledge, words));
  const entityNamed = (id: string) => drafted.knowledge.lexicon.entities.find((entity) => entity.id === id);

  it('knows what a sentence is about when it says it by a definite noun, "the new law" or "the sentence"', () => {
    expect(factSaying('The new law is not retroactive')?.entities).toContain('imu');
    expect(factSaying('has called the sentence')?.entities).toContain('italian-supreme-court-of-cassation');
  });

  it('answers "Which town…?" with a sentence going on about the town the sentence before named', () => {
    expect(factSaying('The first case is of the mayor')?.entities).toContain('municipality-of-bogliasco');
    expect(factSaying('The first case is of the mayor')?.answers).toContain('city');
  });

  it("reads a court's ruling as the court's words", () => {
    expect(factSaying('recognising as legitimate')?.speakers).toContain('italian-supreme-court-of-cassation');
  });

  it('keeps ordinary words and parts of a foreign name out of the aliases a question must name', () => {
    expect(entityNamed('italian-supreme-court-of-cassation')?.aliases).toEqual(expect.arrayContaining(['supreme court']));
    expect(entityNamed('italian-supreme-court-of-cassation')?.aliases).not.toContain('court');
    expect(entityNamed('movimento-5-stelle')?.aliases).not.toContain('movimento');
    expect(entityNamed('municipality-of-livorno')?.aliases).toContain('livorno');
  });

  it.each([
    ['Is the IMU law retroactive?', 'The new law is not retroactive'],
    ['Which region is Livorno in?', 'Livorno, Tuscany'],
    ['How many signatures does the petition have?', '11,000 signatures'],
    ['What did Nunzio Galantino call the sentence?', 'has called the sentence'],
    ['How much did the schools in Livorno owe in arrears?', '422,000 euros'],
  ])('answers "%s" from the sentence saying "%s"', async (question, words) => {
    const response = await drafted.engine.ask({ question });
    expect(response.citations[0]?.id).toBe(sentenceIdContaining(drafted.knowledge, words));
  });
});

describe('drafting the words readers use for what the article says', () => {
  let drafted: Awaited<ReturnType<typeof draftAndLoad>>;
  beforeAll(async () => {
    drafted = await draftAndLoad(
      'Acme names a new finance chief\n\nThe chief financial officer of Acme resigned on Monday after ten years. Acme lied to banks about its debts, the regulator said.\n',
      'acme-finance',
    );
  });

  it('knows three words in a row by their initials, as readers shorten them', () => {
    const resigned = drafted.knowledge.facts.find((fact) => fact.answer.includes('resigned'));
    expect(resigned?.keywords).toContain('cfo');
  });

  it('refuses to name what a sentence mentions without naming it', async () => {
    const lied = drafted.knowledge.facts.find((fact) => fact.answer.includes('banks'));
    expect(lied?.unnamed).toEqual(expect.arrayContaining(['banks', 'regulator']));
    expect((await drafted.engine.ask({ question: 'Which banks did Acme lie to?' })).fallback).toBe(true);
    expect((await drafted.engine.ask({ question: 'What is the name of the CFO?' })).fallback).toBe(true);
  });

  it('answers a question for the headline with the headline', async () => {
    const response = await drafted.engine.ask({ question: 'What is the headline?' });
    expect(response.citations[0]?.id).toBe('s1');
  });
});
