import { describe, expect, it } from 'vitest';
import { mainVerbOf } from '../../src/pipeline/main-verb.js';

// A small stand-in for WordNet and the knowledge base: which words can be verbs, and which the facts use.
const VERBS = new Set(['cost', 'spying', 'court', 'decide', 'last', 'open', 'profit', 'rise']);
const KNOWN = new Set(['acme', 'last', 'year', 'profit', 'factory']);
const reading = { canBeVerb: (word: string) => VERBS.has(word), knows: (word: string) => KNOWN.has(word) };
const verbOf = (text: string) => mainVerbOf(text.split(' '), reading);

describe('main verb', () => {
  it.each([
    ['what could the spying accusations cost acme', 'cost'],
    ['what did the canadian court decide', 'decide'],
  ])('reads the verb after the subject of "%s"', (text, verb) => {
    expect(verbOf(text)).toBe(verb);
  });

  it('reads no verb where no auxiliary opens the question', () => {
    expect(verbOf('which court will decide')).toBeUndefined();
    expect(verbOf('the cost of the factory')).toBeUndefined();
  });

  it('leaves a verb the knowledge base knows to weigh as it does', () => {
    expect(verbOf('did acme profit last year')).toBeUndefined();
  });
});
