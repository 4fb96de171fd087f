/**
 * The first step of normalisation, shared by questions and by the vocabulary
 * built from the knowledge files, so both sides read text the same way:
 * quotes, contractions, currencies, number forms and punctuation.
 */
import type { Currency, QuestionNumber } from './types.js';

// C0/C1 control characters and zero-width/bidi marks: invisible, and a way to smuggle text past filters.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Removes control and invisible formatting characters, collapses whitespace. */
export function stripControl(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

// Maps, not object literals: a reader's word must never find `constructor` on Object.prototype.
const SCALE_WORDS: ReadonlyMap<string, NonNullable<QuestionNumber['scale']>> = new Map([
  ['k', 'thousand'],
  ['thousand', 'thousand'],
  ['m', 'million'],
  ['mn', 'million'],
  ['mln', 'million'],
  ['million', 'million'],
  ['b', 'billion'],
  ['bn', 'billion'],
  ['billion', 'billion'],
  ['tn', 'trillion'],
  ['trillion', 'trillion'],
]);
/** The currency words the rewrites write, and their currencies. */
export const CURRENCY_WORDS: ReadonlyMap<string, Currency> = new Map([
  ['dollars', 'USD'],
  ['pounds', 'GBP'],
  ['euros', 'EUR'],
]);

/**
 * Words spelling correction must take as known, though the article and the English word list may lack
 * them: those the rewrites write ("million" must not become "billion"), and number words left as words
 * ("one" is not "on").
 */
export const KNOWN_WORDS: readonly string[] = [
  ...new Set(SCALE_WORDS.values()),
  ...CURRENCY_WORDS.keys(),
  ...['percent', 'usa'],
  ...'one twenty thirty forty fifty hundred dozen'.split(' '),
];
const SCALE = '(k|thousand|mn|mln|m|million|bn|b|billion|tn|trillion)';
const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)';

// Ordered rewrites; each leaves the text in the canonical "<number> <scale> <currency>" form.
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/[‘’ʼ`´]/g, "'"],
  [/[“”„«»]/g, '"'],
  [/[–—‑]/g, '-'],
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/\bwhat's\b/g, 'what is'],
  [/\bwho's\b/g, 'who is'],
  [/\bwhere's\b/g, 'where is'],
  [/\bhow's\b/g, 'how is'],
  [/\bwhen's\b/g, 'when is'],
  [/'s\b/g, ''],
  [/s'(?=\s|$)/g, 's'],
  [new RegExp(`(?:\\bus\\s?\\$|\\busd\\s?|\\$)\\s?${AMOUNT}\\s?${SCALE}?\\b`, 'g'), '$1 $2 dollars'],
  [new RegExp(`(?:£|\\bgbp\\s?)\\s?${AMOUNT}\\s?${SCALE}?\\b`, 'g'), '$1 $2 pounds'],
  [new RegExp(`(?:€|\\beur\\s?)\\s?${AMOUNT}\\s?${SCALE}?\\b`, 'g'), '$1 $2 euros'],
  [new RegExp(`${AMOUNT}\\s?${SCALE}\\b`, 'g'), '$1 $2'],
  [/(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|pc\b)/g, '$1 percent'],
  [/(\d),(?=\d{3}\b)/g, '$1'],
  // Symbols before the words, so "US $" meets the same rule as "US dollars".
  [/\$/g, ' dollars '],
  [/£/g, ' pounds '],
  [/€/g, ' euros '],
  [/\b(?:u\.?s\.?\s*)?(?:dollars?|usd|bucks)\b/g, 'dollars'],
  [/\b(?:pounds?\s*sterling|gbp|sterling|pound|quid)\b/g, 'pounds'],
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
 * reading the result again would give other words. `US` in capitals means
 * the country, so it is rewritten to `usa` before lower-casing erases the
 * difference from "us".
 */
export function splitWords(text: string): string[] {
  let clean = stripControl(text).replace(/\bU\.?S\.?(?:A\.?)?(?=[\s,;:!?)"'’_-]|$)(?!\s*(?:dollars?\b|\$))/g, ' usa ').toLowerCase();
  // Underscores are punctuation to a reader, but a word character to `\b`: "0b_" must read as "0b".
  clean = clean.replace(/_/g, ' ');
  for (const [pattern, replacement] of REWRITES) clean = clean.replace(pattern, replacement);
  return clean
    .replace(/(\d)\.(\d)/g, '$1\u0000$2')
    .replace(/[^\p{L}\p{N}\u0000]+/gu, ' ')
    .replace(/\u0000/g, '.')
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => NUMBER_WORDS.get(word) ?? word);
}

// "Which three countries…" asks about no "three"; as a figure it is read like "3". Not "one": "no one".
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  'two three four five six seven eight nine ten eleven twelve'.split(' ').map((word, i) => [word, String(i + 2)] as const),
);

/** "5 b" is five billion, "tell us" the pronoun, "us sales" the country. */
export function readInContext(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const previous = words[i - 1] ?? '';
    if (/^\d/.test(previous)) return SCALE_WORDS.get(word) ?? word;
    return word === 'us' && i > 0 && !PRONOUN_US_AFTER.has(previous) ? 'usa' : word;
  });
}

// After these words a lower-case "us" is the pronoun ("tell us"), elsewhere the country ("us market").
const PRONOUN_US_AFTER = new Set([
  'tell', 'told', 'give', 'gave', 'show', 'let', 'lets', 'help', 'for', 'to', 'with', 'about', 'among', 'of', 'like',
  'make', 'made', 'send', 'ask', 'teach', 'get', 'gets', 'bring', 'between', 'hurt', 'hit', 'can', 'you', 'please',
]);

/** Numbers in canonical tokens: `100 billion dollars` → { 100, billion, USD }. */
export function readNumbers(words: readonly string[]): QuestionNumber[] {
  const numbers: QuestionNumber[] = [];
  words.forEach((word, i) => {
    if (!/^\d+(?:\.\d+)?$/.test(word)) return;
    let next = i + 1;
    const scale = SCALE_WORDS.get(words[next] ?? '');
    if (scale !== undefined) next += 1;
    const unit = words[next];
    const currency = CURRENCY_WORDS.get(unit ?? '');
    numbers.push({
      value: Number(word),
      ...(scale && { scale }),
      ...(currency && { currency }),
      ...(unit === 'percent' && { percent: true }),
    });
  });
  return numbers;
}
