import { describe, expect, it } from 'vitest';
import {
  createNormalizer,
  MAX_REPEATS,
  MAX_SEARCH_TERMS,
  MAX_SPELLING_SEARCHES,
  MAX_UNKNOWN_SEARCH_TERMS,
  MAX_UNREADABLE_WORDS,
  MAX_WORDS,
  questionCut,
} from '../../src/pipeline/normalize.js';
import { buildVocabulary } from '../../src/pipeline/vocabulary.js';
import { realBot } from '../support/real-bot.js';

const { engine } = realBot();
const { knowledge } = engine;
const vocabulary = buildVocabulary(knowledge);
const normalize = createNormalizer(vocabulary);
const cut = questionCut(vocabulary);

/** Random letters in words of 4–12, as a hostile reader pastes them. */
function randomWords(seed: number, characters: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words: string[] = [];
  while (words.join(' ').length < characters) {
    const length = 4 + Math.floor(next() * 9);
    words.push(Array.from({ length }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join(''));
  }
  return words.join(' ');
}

/** Every vocabulary word with one letter dropped: each one a fresh spelling search. */
function nearMisses(): string {
  const words = [...new Set(knowledge.facts.flatMap((fact) => fact.keywords.join(' ').toLowerCase().split(/\W+/)))].filter((word) => word.length > 6);
  return words.map((word) => word.slice(0, 2) + word.slice(3)).join(' ');
}

describe('the work one question costs', () => {
  const hostile = [randomWords(1, 500), randomWords(2, 2000), 'profit '.repeat(300), nearMisses(), 'x'.repeat(500)];

  it('is bounded whatever the question: words read, spelling searches and fuzzy-search terms have ceilings', async () => {
    for (const question of hostile) {
      const read = (await engine.explain({ question, channel: 'eval' })).trace.question;
      expect(read.effort.words).toBeLessThanOrEqual(MAX_WORDS);
      expect(read.effort.spellingSearches).toBeLessThanOrEqual(MAX_SPELLING_SEARCHES);
      expect(read.searchTerms.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
    }
  });

  it('hands fuzzy search only a few terms the knowledge base does not know, however many the question has', () => {
    const read = normalize(`profit ${randomWords(5, 300)}`);
    expect(read.searchTerms).toContain('profit');
    expect(read.searchTerms.length).toBeLessThanOrEqual(1 + MAX_UNKNOWN_SEARCH_TERMS);
  });

  it("reads only the first words of a question, and the knowledge base's sentences whole", () => {
    const long = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    expect(cut(long).split(' ')).toHaveLength(MAX_WORDS);
    expect(cut('What did Guo say?')).toBe('What did Guo say?');
    expect(normalize(long).effort.words).toBe(50);
  });

  it('reads a word other than a stopword at most twice, however often it is repeated', () => {
    const read = cut('profit sales '.repeat(10)).split(' ');
    expect(read.filter((word) => word === 'profit')).toHaveLength(MAX_REPEATS);
    expect(cut('Is the profit the same as the profit in the report?')).toBe('Is the profit the same as the profit in the report?');
  });

  it("keeps a reader's typos, and of junk only the words it can read", () => {
    expect(cut('wat did teh ncsc say abuot hauwei sofware?')).toBe('wat did teh ncsc say abuot hauwei sofware?');
    expect(cut(randomWords(6, 300))).toBe('');
    expect(cut(`What was the profit ${randomWords(7, 300)}`)).toBe('What was the profit');
    expect(randomWords(7, 300).split(' ').length).toBeGreaterThan(MAX_UNREADABLE_WORDS);
  });

  it('gives up early on a question with no word the knowledge base knows', () => {
    expect(normalize(randomWords(4, 500)).searchTerms).toEqual([]);
  });

  it('searches the vocabulary once for a typo however often it is repeated', () => {
    expect(normalize('proffitz '.repeat(50)).effort.spellingSearches).toBeLessThanOrEqual(1);
  });

  it('hands fuzzy search the terms the knowledge base knows first', () => {
    const read = normalize(`${randomWords(3, 400)} profit`);
    expect(read.searchTerms).toContain('profit');
  });
});
