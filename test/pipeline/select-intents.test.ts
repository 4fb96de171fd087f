import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/load-knowledge.js';
import { intentSelector, MIN_FACTS_SEARCHED } from '../../src/pipeline/select-intents.js';
import type { IntentPrediction } from '../../src/pipeline/types.js';
import { knowledge, normalize, vocabulary } from './mini-stages.js';

/** The classifier's ranking, first intent likeliest. */
const ranking = (intents: readonly string[]): IntentPrediction[] => intents.map((intent, i) => ({ intent, probability: 1 / (i + 2) }));

/** The fixture's first fact copied once per intent: a knowledge base of `count` one-fact intents. */
function oneFactIntents(count: number): KnowledgeBase {
  const [first] = knowledge.facts;
  if (first === undefined) throw new Error('the fixture has no fact');
  const facts = Array.from({ length: count }, (_, i) => ({ ...first, id: `fact-${i}`, intent: `topic.${i}` }));
  return { ...knowledge, facts, factById: new Map(facts.map((fact) => [fact.id, fact])) };
}

describe('choosing the intents whose facts a question is matched against', () => {
  const question = normalize('What happened last year?');

  it('searches every intent of a small knowledge base, however low the classifier ranks the right one', () => {
    const small = oneFactIntents(12);
    const all = small.facts.map((fact) => fact.intent);
    const { intents } = intentSelector(small, vocabulary)({ question, ranked: ranking(all) });
    expect(new Set(intents)).toEqual(new Set(all));
  });

  it('goes down the ranking of a large knowledge base only until enough facts are searched', () => {
    const large = oneFactIntents(MIN_FACTS_SEARCHED * 2);
    const ranked = ranking(large.facts.map((fact) => fact.intent));
    const { intents } = intentSelector(large, vocabulary)({ question, ranked });
    expect(intents).toHaveLength(MIN_FACTS_SEARCHED);
    expect(intents).toContain(ranked[0]?.intent);
    expect(intents).not.toContain(ranked[MIN_FACTS_SEARCHED]?.intent);
  });
});
