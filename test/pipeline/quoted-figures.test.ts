import { describe, expect, it } from 'vitest';
import { quotedFigures, statesQuotedFigure } from '../../src/pipeline/quoted-figures.js';
import { factNamed, knowledge, normalize } from './mini-stages.js';

const quoted = (question: string) => quotedFigures(normalize(question), knowledge.facts);

describe('figures a question quotes', () => {
  it('finds the fact stating a figure the question quotes exactly', () => {
    expect(statesQuotedFigure(factNamed('sales'), quoted('What were the 5 billion dollars?'))).toBe(true);
    expect(statesQuotedFigure(factNamed('profit'), quoted('What were the 5 billion dollars?'))).toBe(false);
  });

  it('finds the fact stating a figure near one the question gives as approximate', () => {
    expect(statesQuotedFigure(factNamed('sales'), quoted('What was worth roughly 4.8 billion dollars?'))).toBe(true);
  });

  it('quotes no figure the question gives exactly but the article does not state', () => {
    expect(quoted('What was worth 4.8 billion dollars?')).toEqual([]);
    expect(quoted('What was worth about 3 billion dollars?')).toEqual([]);
  });
});
