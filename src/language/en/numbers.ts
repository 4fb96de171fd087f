/**
 * Numbers as English writes them: in words ("sixty-two point three", "a
 * fifth"), with scale words and their abbreviations ("bn", "bln"), and with the
 * words that make a figure approximate ("nearly", "over").
 */
export type Scale = 'thousand' | 'million' | 'billion' | 'trillion';

// Maps, not object literals: a reader's word must never find `constructor` on Object.prototype.
export const SCALE_WORDS: ReadonlyMap<string, Scale> = new Map([
  ['k', 'thousand'],
  ['thousand', 'thousand'],
  ['m', 'million'],
  ['mn', 'million'],
  ['mln', 'million'],
  ['million', 'million'],
  ['b', 'billion'],
  ['bn', 'billion'],
  ['bln', 'billion'],
  ['billion', 'billion'],
  ['tn', 'trillion'],
  ['trn', 'trillion'],
  ['trillion', 'trillion'],
]);

/** The scale abbreviations as a regular-expression alternation, longest first. */
export const SCALE_PATTERN = `(${[...SCALE_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

const UNITS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, i) => [word, i] as const),
);
const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i) => [word, 20 + 10 * i] as const),
);
/** Fractions as the percentages that articles print: "a fifth" is 20 percent. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 50],
  ['halves', 50],
  ['third', 100 / 3],
  ['thirds', 100 / 3],
  ['quarter', 25],
  ['quarters', 25],
  ['fifth', 20],
  ['fifths', 20],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Words before a figure that make it approximate or a bound: "nearly a fifth", "over $60bn". */
export const APPROXIMATORS: ReadonlySet<string> = new Set(
  'about around roughly approximately almost nearly some over under above below approaching close than'.split(' '),
);

/** Only "one" is also a pronoun ("no one"): alone, it stays a word. */
const LONE_WORDS: ReadonlySet<string> = new Set(['one']);

/**
 * Replaces each run of number words by its figure: "sixty two point three billion" → "62.3 billion",
 * "a fifth" → "20 percent", "a billion" → "1 billion". Scale words stay words, for the reader of
 * figures to pair with the number. Digits pass through unchanged.
 */
export function readNumberWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const read = numberAt(words, i);
    if (read === undefined) {
      out.push(words[i] ?? '');
      i += 1;
    } else {
      out.push(...read.words);
      i += read.length;
    }
  }
  return out;
}

function numberAt(words: readonly string[], start: number): { words: string[]; length: number } | undefined {
  const first = words[start] ?? '';
  const next = words[start + 1] ?? '';
  // "a" counts as one before a fraction or a scale ("a fifth", "a billion", "a hundred").
  if (first === 'a' && (FRACTIONS.has(next) || SCALE_WORDS.has(next) || next === 'hundred')) {
    const rest = numberAt(['one', ...words.slice(start + 1)], 0);
    return rest && { words: rest.words, length: rest.length };
  }
  const year = spokenYear(words, start);
  if (year !== undefined) return year;
  let value = 0;
  let current = 0;
  let i = start;
  for (; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const unit = UNITS.get(word) ?? TENS.get(word);
    if (unit !== undefined) current += unit;
    else if (word === 'hundred' && i > start) current *= 100;
    // "eleven thousand" is 11000, as the article prints it, and "two thousand and ten" a year; before a
    // larger scale ("two thousand million") it stays a word, for the reader of figures.
    else if (word === 'thousand' && current > 0 && !SCALE_WORDS.has(words[i + 1] ?? '')) {
      value += current * 1000;
      current = 0;
    } else if (word === 'and' && i > start && isNumberWord(words[i + 1])) continue;
    else break;
  }
  if (i === start) return undefined;
  value += current;
  let decimals = '';
  if (words[i] === 'point') {
    let j = i + 1;
    while (j < words.length && (UNITS.get(words[j] ?? '') ?? 10) < 10) {
      decimals += String(UNITS.get(words[j] ?? ''));
      j += 1;
    }
    if (decimals !== '') i = j;
  }
  const fraction = FRACTIONS.get(words[i] ?? '');
  if (fraction !== undefined && value > 0 && decimals === '') {
    return { words: [figure(Math.min(100, value * fraction)), 'percent'], length: i + 1 - start };
  }
  const length = i - start;
  if (length === 1 && decimals === '' && LONE_WORDS.has(first) && !SCALE_WORDS.has(words[i] ?? '')) return undefined;
  return { words: [decimals === '' ? String(value) : `${value}.${decimals}`], length };
}

/** A year as it is said: "twenty twelve" is 2012, "nineteen ninety eight" 1998. */
function spokenYear(words: readonly string[], start: number): { words: string[]; length: number } | undefined {
  const century = { nineteen: 19, twenty: 20 }[words[start] ?? ''];
  const next = words[start + 1] ?? '';
  const teen = UNITS.get(next);
  const tens = TENS.get(next);
  if (century === undefined || (tens === undefined && (teen === undefined || teen < 10))) return undefined;
  const unit = tens === undefined ? undefined : UNITS.get(words[start + 2] ?? '');
  const rest = (teen ?? tens ?? 0) + (unit !== undefined && unit > 0 && unit < 10 ? unit : 0);
  return { words: [String(century * 100 + rest)], length: unit !== undefined && unit > 0 && unit < 10 ? 3 : 2 };
}

function isNumberWord(word: string | undefined): boolean {
  return word !== undefined && (UNITS.has(word) || TENS.has(word) || word === 'hundred');
}

/** A figure to one decimal place, as percentages are printed: 33.3, 66.7. */
function figure(value: number): string {
  return String(Math.round(value * 10) / 10);
}
