/**
 * The first step of normalisation, shared by questions and by the vocabulary
 * built from the knowledge files, so both sides read text the same way:
 * quotes, contractions, initialisms, currencies, number forms and punctuation.
 * The English itself (contractions, currency forms, number words) is the
 * language layer's; this module applies it.
 */
import {
  APPROXIMATORS,
  CONTRACTIONS,
  CURRENCY_FORMS,
  CURRENCY_WORDS,
  OBJECT_PRONOUN_AFTER,
  PRONOUNS,
  readNumberWords,
  SCALE_PATTERN,
  SCALE_WORDS,
} from '../language/en/index.js';
import type { Currency, QuestionNumber } from './types.js';

// C0/C1 control characters and zero-width/bidi marks: invisible, and a way to smuggle text past filters.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Removes control and invisible formatting characters, collapses whitespace. */
export function stripControl(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Words spelling correction must take as known, though the article and the English word list may lack
 * them: those the rewrites write ("million" must not become "billion").
 */
export const KNOWN_WORDS: readonly string[] = [...new Set(SCALE_WORDS.values()), ...CURRENCY_WORDS.keys(), 'percent'];

const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)';

type Rewrite = readonly [RegExp, string];

/**
 * Ordered groups of rewrites; each leaves the text in the canonical "<number> <scale> <currency>" form.
 * A guarded group runs only when its guard finds what its patterns need (an apostrophe, a digit): most
 * questions have neither, and one scan costs less than a scan per pattern.
 */
const REWRITES: ReadonlyArray<{ readonly guard?: RegExp; readonly rewrites: readonly Rewrite[] }> = [
  { guard: new RegExp(CONTRACTIONS.map(([pattern]) => `(?:${pattern.source})`).join('|')), rewrites: CONTRACTIONS },
  {
    guard: /\d/,
    rewrites: [
      ...CURRENCY_FORMS.map(({ before, word }) => [new RegExp(`(?:\\b|(?=\\W))(?:${before})\\s?${AMOUNT}\\s?${SCALE_PATTERN}?\\b`, 'g'), `$1 $2 ${word}`] as const),
      [new RegExp(`${AMOUNT}\\s?${SCALE_PATTERN}\\b`, 'g'), '$1 $2'],
      [/(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|pc\b)/g, '$1 percent'],
      [/(\d),(?=\d{3}\b)/g, '$1'],
    ],
  },
  {
    rewrites: [
      // Symbols before the words, so "US $" meets the same rule as "US dollars".
      ...CURRENCY_FORMS.flatMap(({ symbol, word }) => (symbol === undefined ? [] : [[new RegExp(`\\${symbol}`, 'g'), ` ${word} `] as const])),
      ...CURRENCY_FORMS.map(({ words, word }) => [new RegExp(`\\b(?:${words})\\b`, 'g'), word] as const),
    ],
  },
];

/**
 * Lower-cased words of `text` with quotes, contractions, currencies and
 * punctuation normalised, each read in the context of the word before it.
 */
export function tokenize(text: string): string[] {
  return readInContext(splitWords(text));
}

/**
 * The words of `text` before `readInContext`, for callers that change words
 * (spelling correction) and must read the changed words in context too, or
 * reading the result again would give other words.
 */
export function splitWords(text: string): string[] {
  let clean = markInitialisms(stripControl(text)).toLowerCase();
  // Underscores are punctuation to a reader, but a word character to `\b`: "0b_" must read as "0b".
  clean = clean.replace(/_/g, ' ');
  for (const { guard, rewrites } of REWRITES) {
    if (guard !== undefined && !guard.test(clean)) continue;
    for (const [pattern, replacement] of rewrites) clean = clean.replace(pattern, replacement);
  }
  return readNumberWords(
    clean
      .replace(/(\d)\.(\d)/g, '$1\u0000$2')
      // The letters of an initialism stay one word: "u.s.", "e.g.".
      .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1\u0000')
      .replace(/[^\p{L}\p{N}\u0000]+/gu, ' ')
      .replace(/\u0000/g, '.')
      .split(' ')
      .filter((word) => word !== ''),
  );
}

/**
 * A pronoun in capitals, in text that is not all capitals, is an initialism ("US", "IT", "WHO"):
 * written with dots, it stays apart from the pronoun once lower-cased. What it stands for is the
 * lexicon's business. Before a currency it is part of the currency ("US$", "US dollars").
 */
function markInitialisms(text: string): string {
  if (!/\p{Ll}/u.test(text)) return text;
  return text.replace(/\b([A-Z]{2,3})\b(?!\s*(?:dollars?\b|\$))/g, (word: string) => (PRONOUNS.has(word.toLowerCase()) ? dotted(word) : word));
}

function dotted(word: string): string {
  return [...word].join('.');
}

/** "5 b" is five billion; "tell us" is the pronoun, "us sales" the initialism. */
export function readInContext(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const previous = words[i - 1] ?? '';
    if (/^\d/.test(previous)) return SCALE_WORDS.get(word) ?? word;
    return word === AMBIGUOUS_INITIALISM && i > 0 && !OBJECT_PRONOUN_AFTER.has(previous) ? dotted(word) : word;
  });
}

/** The one object pronoun readers also type in lower case for an initialism ("us sales"). */
const AMBIGUOUS_INITIALISM = 'us';

/**
 * Numbers in canonical tokens: `100 billion dollars` → { 100, billion, USD }; after "nearly",
 * "over" or "about" a figure is approximate.
 */
export function readNumbers(words: readonly string[]): QuestionNumber[] {
  const numbers: QuestionNumber[] = [];
  words.forEach((word, i) => {
    if (!/^\d+(?:\.\d+)?$/.test(word)) return;
    let next = i + 1;
    const scale = SCALE_WORDS.get(words[next] ?? '');
    if (scale !== undefined) next += 1;
    const unit = words[next] ?? '';
    const currency: Currency | undefined = CURRENCY_WORDS.get(unit);
    const approximate = APPROXIMATORS.has(words[i - 1] ?? '');
    numbers.push({
      value: Number(word),
      ...(scale && { scale }),
      ...(currency && { currency }),
      ...(unit === 'percent' && { percent: true }),
      ...(approximate && { approximate: true }),
    });
  });
  return numbers;
}

/** Words written with a capital inside a sentence ("the Lega Nord"), lower-cased: names. A sentence's first word may be any word. */
export function capitalisedWords(text: string): ReadonlySet<string> {
  return new Set([...text.matchAll(/(?<=[\p{L}\p{N},;'’)]\s+)\p{Lu}\p{Ll}+/gu)].map(([name]) => name.toLowerCase()));
}
