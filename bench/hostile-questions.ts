/**
 * A hostile corpus for the engine's worst case: questions no reader writes
 * but anyone can send, built to make the normaliser, the speller and the
 * fuzzy search work hardest. Seeded, so every run asks the same ones; each
 * at most 500 characters, the longest question the HTTP API accepts.
 */
import { seededRandom } from '../src/evaluation/stratified-folds.js';

export type HostileKind = 'long random words' | 'repeated tokens' | 'near-miss spellings';

export interface HostileQuestion {
  readonly kind: HostileKind;
  readonly question: string;
}

export const MAX_QUESTION_LENGTH = 500;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `perKind` questions of each kind, from `vocabulary` (words the knowledge base uses). */
export function hostileQuestions(vocabulary: readonly string[], perKind: number, seed = 7): HostileQuestion[] {
  const words = vocabulary.filter((word) => word.length >= 4);
  if (words.length === 0) throw new Error('bench: the hostile corpus needs vocabulary words of four letters or more.');
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const letter = () => pick([...LETTERS]);
  const kinds: Record<HostileKind, () => string> = {
    'long random words': () => fill(() => Array.from({ length: 12 + Math.floor(random() * 30) }, letter).join('')),
    'repeated tokens': () => {
      const token = random() < 0.5 ? pick(words) : `${pick(words)} ${pick(words)}`;
      return fill(() => token);
    },
    'near-miss spellings': () => fill(() => misspell(pick(words), random, letter)),
  };
  return (Object.keys(kinds) as HostileKind[]).flatMap((kind) => Array.from({ length: perKind }, () => ({ kind, question: `${kinds[kind]()}?` })));
}

/** Words from `next`, space-separated, as many as fit in a question (leaving room for the question mark). */
function fill(next: () => string): string {
  let text = next().slice(0, MAX_QUESTION_LENGTH - 1);
  for (;;) {
    const word = next();
    if (text.length + 1 + word.length > MAX_QUESTION_LENGTH - 1) return text;
    text += ` ${word}`;
  }
}

/** One edit away from `word`: a letter replaced, added, dropped, or two swapped. */
export function misspell(word: string, random: () => number, letter: () => string): string {
  const at = Math.floor(random() * word.length);
  switch (Math.floor(random() * 4)) {
    case 0:
      return `${word.slice(0, at)}${letter()}${word.slice(at + 1)}`;
    case 1:
      return `${word.slice(0, at)}${letter()}${word.slice(at)}`;
    case 2:
      return `${word.slice(0, at)}${word.slice(at + 1)}`;
    default: {
      const i = Math.min(at, word.length - 2);
      return `${word.slice(0, i)}${word.charAt(i + 1)}${word.charAt(i)}${word.slice(i + 2)}`;
    }
  }
}
