/**
 * Which words are English, and which of them name things (nouns). Spelling
 * correction leaves real words alone, and coverage weighs an unknown noun far
 * more than an unknown verb. The list is distilled from natural's
 * part-of-speech lexicon by `npm run english-words`.
 */
import { readFileSync } from 'node:fs';

// Resolved from the project root, so the compiled build in dist/ reads the same file.
export const ENGLISH_WORDS_FILE = new URL('../../src/nlp/english-words.txt', import.meta.url);

export interface EnglishWords {
  isWord(word: string): boolean;
  /** True for a noun, and for a word English does not know (most likely a name). */
  namesAThing(word: string): boolean;
}

/** Lines are `<word> n` for nouns and `<word> o` for every other part of speech. */
export function loadEnglishWords(file: URL = ENGLISH_WORDS_FILE): EnglishWords {
  const nouns = new Set<string>();
  const others = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const word = line.slice(0, -2);
    if (line.endsWith(' n')) nouns.add(word);
    else if (line.endsWith(' o')) others.add(word);
  }
  return {
    isWord: (word) => nouns.has(word) || others.has(word),
    namesAThing: (word) => nouns.has(word) || !others.has(word),
  };
}
