import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWords, readNumberWords, STOPWORDS } from '../../src/language/en/index.js';
import { FUNCTION_WORDS } from '../../src/language/en/stopwords.js';
import { tokenize, readNumbers } from '../../src/pipeline/text-tokens.js';

const isoEnglish = new Set((createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as { en: string[] }).en);

describe('the English layer', () => {
  it('takes its function words from the maintained stopwords-iso list', () => {
    expect(FUNCTION_WORDS.filter((word) => !isoEnglish.has(word))).toEqual([]);
    expect(STOPWORDS.has('what')).toBe(true);
    expect(STOPWORDS.has('profit')).toBe(false);
  });

  it('knows real English words and their inflections from WordNet, and not typos', () => {
    const english = englishWords();
    for (const word of ['founded', 'investigations', 'went', 'stopped', 'bigger', 'criticised', 'centres']) expect(english.isWord(word), word).toBe(true);
    for (const word of ['proffit', 'arested', 'mak', 'goverment']) expect(english.isWord(word), word).toBe(false);
  });

  it('tells words that name things from other words, and takes unknown words for names', () => {
    const english = englishWords();
    expect(english.namesAThing('employees')).toBe(true);
    expect(english.namesAThing('published')).toBe(false);
    expect(english.namesAThing('in')).toBe(false);
    expect(english.namesAThing('zhengfei')).toBe(true);
  });
});

describe('numbers in any form', () => {
  const figuresOf = (text: string) => readNumbers(tokenize(text));

  it('reads number words as the figures facts hold', () => {
    expect(figuresOf('sixty-two point three billion dollars')).toEqual([{ value: 62.3, scale: 'billion', currency: 'USD' }]);
    expect(figuresOf('two billion')).toEqual([{ value: 2, scale: 'billion' }]);
    expect(figuresOf('one hundred and five')).toEqual([{ value: 105 }]);
  });

  it('reads thousands in words as the article prints them, and years as they are said', () => {
    expect(tokenize('over eleven thousand signatures')).toEqual(tokenize('over 11,000 signatures'));
    expect(tokenize('in two thousand and ten')).toEqual(['in', '2010']);
    expect(tokenize('back in twenty twelve')).toEqual(['back', 'in', '2012']);
    expect(tokenize('nineteen ninety eight')).toEqual(['1998']);
    expect(tokenize('twenty one')).toEqual(['21']);
  });

  it('reads abbreviated scales and currencies however they are written', () => {
    for (const text of ['$2bn', 'US$2bn', '2bn dollars', 'USD 2 billion', '2 bln bucks', 'two billion US dollars']) {
      expect(figuresOf(text), text).toEqual([{ value: 2, scale: 'billion', currency: 'USD' }]);
    }
    expect(figuresOf('£76.6bn')).toEqual([{ value: 76.6, scale: 'billion', currency: 'GBP' }]);
    expect(figuresOf('76.6 billion pounds sterling')).toEqual([{ value: 76.6, scale: 'billion', currency: 'GBP' }]);
    expect(figuresOf('€5m')).toEqual([{ value: 5, scale: 'million', currency: 'EUR' }]);
    expect(figuresOf('10 billion yuan')).toEqual([{ value: 10, scale: 'billion', currency: 'CNY' }]);
    expect(figuresOf('RMB 10bn')).toEqual([{ value: 10, scale: 'billion', currency: 'CNY' }]);
  });

  it('marks approximate and compared figures, and reads fractions as percentages', () => {
    expect(figuresOf('nearly a fifth')).toEqual([{ value: 20, percent: true, approximate: true }]);
    expect(figuresOf('over $60bn')).toEqual([{ value: 60, scale: 'billion', currency: 'USD', approximate: true }]);
    expect(figuresOf('about two billion')).toEqual([{ value: 2, scale: 'billion', approximate: true }]);
    expect(figuresOf('two thirds')).toEqual([{ value: 66.7, percent: true }]);
  });

  it('leaves "one" a word unless it counts something', () => {
    expect(readNumberWords(['no', 'one', 'knows'])).toEqual(['no', 'one', 'knows']);
    expect(readNumberWords(['at', 'one', 'point'])).toEqual(['at', 'one', 'point']);
    expect(readNumberWords(['one', 'billion'])).toEqual(['1', 'billion']);
    expect(readNumberWords(['a', 'billion'])).toEqual(['1', 'billion']);
  });
});
