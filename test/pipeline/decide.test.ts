import { describe, expect, it } from 'vitest';
import { assessCandidates, decide, type DecideInput } from '../../src/pipeline/decide.js';
import { askedCategory } from '../../src/pipeline/entity-categories.js';
import { readModality } from '../../src/pipeline/read-modality.js';
import { ALL_INTENTS, knowledge, matcher, normalize, vocabulary } from './mini-stages.js';

/** The decide stage's input for a question, as the engine builds it (every intent searched). */
function inputFor(text: string): DecideInput {
  const question = normalize(text);
  const intents = ALL_INTENTS.map((intent, i) => ({ intent, probability: i === 0 ? 0.5 : 0.25 }));
  return {
    question,
    intents,
    matches: matcher.match(question, ALL_INTENTS),
    factById: knowledge.factById,
    subject: knowledge.lexicon.subject,
    modality: readModality(text, question.speakers.length > 0),
    askedCategories: askedCategory(question.text)?.categories ?? [],
    categoryOf: (entity) => vocabulary.entities.get(entity)?.category,
  };
}

/** A match as good as any other, so only what the decide stage adds can order two facts. */
const evenMatch = (factId: string) => ({ factId, fuseScore: 0.1, coverage: 1, answerCoverage: 1, uncoveredTerms: [], unnamedTerms: [], sameTopic: 0 });

const objectionsTo = (text: string, factId: string) =>
  assessCandidates(inputFor(text))
    .find((candidate) => candidate.fact.id === factId)
    ?.objections.map((objection) => objection.kind);

describe('decide', () => {
  it('answers with the best candidate that nothing objects to', () => {
    expect(decide(inputFor('How much profit did Acme make?'))).toMatchObject({ kind: 'answer', fact: { id: 'profit' } });
  });

  it('lets only a fact stating the figure a question quotes answer it', () => {
    expect(objectionsTo('What does the $1bn figure measure?', 'sales')).toContain('figure');
    expect(objectionsTo('What does the $1bn figure measure?', 'profit')).not.toContain('figure');
  });

  it('answers "how many" with a count, never with an amount of money', () => {
    expect(objectionsTo('How many sales did Acme make?', 'sales')).toContain('answer-type');
    expect(objectionsTo('How many billion dollars of sales did Acme make?', 'sales')).not.toContain('answer-type');
  });

  it('ranks a sum of money first for "how much were …", and leaves a question about a rise to the score', () => {
    const sales = knowledge.factById.get('sales');
    if (sales === undefined) throw new Error('the fixture has no sales fact');
    const rise = { ...sales, id: 'sales-rise', numbers: [{ value: 10, percent: true, measures: "the rise of Acme's sales", sentence: 's2' }] };
    const factById = new Map([...knowledge.factById, [rise.id, rise]]);
    const ranked = (text: string) => assessCandidates({ ...inputFor(text), factById, matches: [evenMatch('sales-rise'), evenMatch('sales')] }).map((candidate) => candidate.fact.id);
    expect(ranked('How much were the sales last year?')).toEqual(['sales', 'sales-rise']);
    expect(ranked('How much did sales grow last year?')[0]).toBe('sales-rise');
  });

  it('ranks a fact giving a figure first for a question about how the figure moved', () => {
    const sales = knowledge.factById.get('sales');
    if (sales === undefined) throw new Error('the fixture has no sales fact');
    const view = { ...sales, id: 'sales-view', numbers: [] };
    const factById = new Map([...knowledge.factById, [view.id, view]]);
    const ranked = (text: string) => assessCandidates({ ...inputFor(text), factById, matches: [evenMatch('sales-view'), evenMatch('sales')] }).map((candidate) => candidate.fact.id);
    expect(ranked('Did sales grow last year?')).toEqual(['sales', 'sales-view']);
  });

  it('lets a yes/no question state a figure to be told the real one', () => {
    expect(objectionsTo('Did sales reach $1bn?', 'sales')).not.toContain('figure');
  });

  it('asks no one in particular when the question names the subject as the speaker', () => {
    expect(objectionsTo('What did Acme say about profit?', 'profit')).not.toContain('speaker');
    expect(objectionsTo('What did Jane Doe say about sales?', 'sales')).toContain('speaker');
  });

  it('lets only a fact that reports a forecast answer a prediction', () => {
    expect(objectionsTo('Will profit fall again?', 'profit')).toContain('modality');
    expect(decide(inputFor('Will profit fall again?')).kind).toBe('fallback');
  });

  it('lets only a fact naming an entity of the category asked answer a category question', () => {
    expect(objectionsTo('Which company will open a factory?', 'factory')).not.toContain('category');
    expect(objectionsTo('Which city gets the new factory?', 'factory')).toContain('category');
  });

  it('falls back with the nearest facts that share something with the question', () => {
    const decision = decide(inputFor('How many employees does the factory have?'));
    expect(decision).toMatchObject({ kind: 'fallback' });
    expect(decision.kind === 'fallback' && decision.nearest.map((fact) => fact.id)).toEqual(['factory']);
  });

  it('says why a fact may not answer, in words and in what it serialises to', () => {
    const sales = assessCandidates(inputFor('What did Jane Doe say about sales?')).find((candidate) => candidate.fact.id === 'sales');
    const speaker = sales?.objections.find((objection) => objection.kind === 'speaker');
    expect(speaker?.message).toMatch(/does not report what .+ said/);
    expect(JSON.parse(JSON.stringify(speaker))).toEqual({ kind: 'speaker', message: speaker?.message });
  });
});
