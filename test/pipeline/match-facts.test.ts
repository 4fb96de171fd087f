import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../src/pipeline/match-facts.js';
import { ALL_INTENTS, knowledge, matcher, normalize } from './mini-stages.js';

const matchesFor = (question: string, intents = ALL_INTENTS) => matcher.match(normalize(question), intents);
const matchOf = (question: string, factId: string) => matchesFor(question).find((match) => match.factId === factId);

describe('match facts', () => {
  it('ranks first the fact whose paraphrases the question matches', () => {
    expect(matchesFor('How much profit did Acme make?')[0]?.factId).toBe('profit');
    expect(matchesFor('Where is the new factory?')[0]?.factId).toBe('factory');
  });

  it('matches only the facts of the intents it is given', () => {
    expect(matchesFor('How much profit did Acme make on the new factory?', ['plans.factory']).map((match) => match.factId)).toEqual(['factory']);
  });

  it('leaves out a fact that nothing of the question reaches, fuzzily or exactly', () => {
    expect(matchesFor('How much profit did Acme make?', ['plans.factory'])).toEqual([]);
  });

  it('covers a question fully when the fact holds every topic word, synonyms included', () => {
    expect(matchOf('What were the earnings?', 'profit')?.coverage).toBe(1);
    expect(matchOf('Is Acme building a plant?', 'factory')?.coverage).toBe(1);
  });

  it('reads a noun for the kind of entity a fact names as the entity: Acme is "the firm"', () => {
    expect(matchOf('Where will the firm build its factory?', 'factory')?.uncoveredTerms).not.toContain('firm');
    expect(matchOf('Where will the nation build its factory?', 'factory')?.uncoveredTerms).toContain('nation');
  });

  it('lists the topic words a fact does not hold, and covers less for them', () => {
    const match = matchOf('How many employees does the factory have?', 'factory');
    expect(match?.uncoveredTerms).toContain('employe');
    expect(match?.coverage).toBeLessThan(0.6);
  });

  it("judges a figure's answer by what the figure measures: the profit figure does not say how much was sold", () => {
    // The profit sentence mentions making money; its figure is the profit, not the revenue.
    expect(matchOf('How much revenue did Acme make?', 'profit')?.answerCoverage ?? 0).toBe(0);
    expect(matchOf('How much revenue did Acme make?', 'sales')?.answerCoverage).toBeGreaterThan(0.6);
  });

  it('covers a word no fact states by a word WordNet relates it to, but not a word some fact states', () => {
    // As if WordNet related "widget" and "profit" to "factory".
    const relating = indexFacts(knowledge, normalize, (word) => (word === 'widget' || word === 'profit' ? ['factory'] : []));
    const coverage = (question: string, by = relating) => by.match(normalize(question), ['plans.factory'])[0]?.coverage ?? 0;
    expect(coverage('Where will Acme open the widget?')).toBeGreaterThan(coverage('Where will Acme open the widget?', matcher));
    // The profit fact states "profit": the factory fact does not cover it through a relation.
    expect(coverage('Where will Acme open the profit?')).toBe(coverage('Where will Acme open the profit?', matcher));
  });

  it('weighs a word WordNet read in for the reader\'s own as a guess: missing, it counts as little as a verb', () => {
    const question = normalize('Where will Acme open the new factory?');
    const guessed = { ...question, topicTerms: [...question.topicTerms, 'employe'], focusTerms: [...question.focusTerms, 'employe'] };
    const typed = matcher.match(guessed, ['plans.factory'])[0];
    const read = matcher.match({ ...guessed, relatedTerms: ['employe'] }, ['plans.factory'])[0];
    expect(read?.coverage).toBeGreaterThan(0.6);
    expect(typed?.coverage).toBeLessThan(read?.coverage ?? 0);
  });

  it('keeps the stems of every fact for the explain view', () => {
    expect(matcher.vocabularyOf('factory').has('spain')).toBe(true);
    expect(matcher.vocabularyOf('no-such-fact').size).toBe(0);
  });
});
