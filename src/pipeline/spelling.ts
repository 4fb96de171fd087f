/**
 * Corrects misspelt words against the knowledge base's own vocabulary
 * ("proffit" → "profit", "hauwei" → "huawei"), and nothing else: a word we
 * already know, a real English word ("founded" must never become
 * "founder") or a number is left alone. Three-letter words have too many
 * neighbours to correct freely, so they are only corrected towards the
 * small words of questions ("wat" → "what", "hwo" → "how", "lst" → "last"). A negated form
 * the vocabulary lacks reads as the word it negates ("unrepaired" → "repaired").
 */

/** How many vocabulary searches one question may still spend (a cached correction costs none). */
export interface CorrectionBudget {
  searches: number;
}

// Longer "words" are pasted junk, not typos of the vocabulary's words.
const MAX_WORD_LENGTH = 24;

export class SpellingCorrector {
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string | null>();

  private readonly smallWordsByLength = new Map<number, string[]>();
  private readonly smallWords: ReadonlySet<string>;

  /**
   * @param frequencies known words and how often the knowledge base uses them
   * @param isEnglish whether a word is a real English word, which is never a typo
   * @param smallWords the words short typos may be corrected to (stopwords, question words)
   */
  constructor(
    private readonly frequencies: ReadonlyMap<string, number>,
    private readonly isEnglish: (word: string) => boolean,
    smallWords: Iterable<string>,
  ) {
    bucketByLength(frequencies.keys(), this.byLength);
    this.smallWords = new Set(smallWords);
    bucketByLength(this.smallWords, this.smallWordsByLength);
  }

  /**
   * The correction of `word`, or `undefined` when it is known or has no unambiguous correction. A search
   * spends one of `budget`'s searches; with none left the word stays as typed.
   */
  correct(word: string, budget: CorrectionBudget = { searches: Infinity }): string | undefined {
    if (word.length < 3 || word.length > MAX_WORD_LENGTH || this.frequencies.has(word) || /\d/.test(word)) return undefined;
    // A negated form of a known word is about the same thing: "unrepaired flaws" are the flaws not repaired.
    const negated = /^(?:un|non-?)(\p{L}{4,})$/u.exec(word)?.[1];
    if (negated !== undefined && this.frequencies.has(negated)) return negated;
    // Only words that are not English are remembered, so a remembered one needs no dictionary lookup.
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    // With no search left the word stays as typed whatever it is: the dictionary need not be asked.
    if (budget.searches <= 0 || this.isEnglish(word)) return undefined;
    budget.searches -= 1;
    const best = this.closest(word);
    if (this.cache.size < 10_000) this.cache.set(word, best ?? null);
    return best;
  }

  private closest(word: string): string | undefined {
    const limit = word.length >= 7 ? 2 : 1;
    const candidates = word.length === 3 ? this.smallWordsByLength : this.byLength;
    let best: string | undefined;
    let bestDistance = limit + 1;
    let bestFrequency = 0;
    for (let length = word.length - limit; length <= word.length + limit; length += 1) {
      for (const candidate of candidates.get(length) ?? []) {
        if (!sharesStart(word, candidate)) continue;
        const distance = editDistance(word, candidate, Math.min(bestDistance, limit) + 1);
        if (distance > Math.min(bestDistance, limit)) continue;
        // Two edits from a small word is more likely a name we do not know ("Theresa" is not "there"),
        // and correcting it would erase the one word that says the article cannot answer.
        if (distance >= 2 && this.smallWords.has(candidate)) continue;
        // Ties go to the candidate with the same first letter, then to the commoner word.
        const frequency = (this.frequencies.get(candidate) ?? 0) + (candidate[0] === word[0] ? 1e6 : 0);
        if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = frequency;
        }
      }
    }
    return best;
  }
}

function bucketByLength(words: Iterable<string>, buckets: Map<number, string[]>): void {
  for (const word of words) {
    const bucket = buckets.get(word.length) ?? [];
    bucket.push(word);
    buckets.set(word.length, bucket);
  }
}

// Typos rarely hit both of the first two letters, and this skips most of the vocabulary cheaply.
function sharesStart(a: string, b: string): boolean {
  return a[0] === b[0] || a[1] === b[1] || (a[0] === b[1] && a[1] === b[0]);
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition,
 * so "hauwei" is one edit from "huawei"). Exact below `ceiling`; once the
 * distance reaches `ceiling` it stops early and returns `ceiling`.
 */
export function editDistance(a: string, b: string, ceiling = Infinity): number {
  if (Math.abs(a.length - b.length) >= ceiling) return ceiling;
  // Three rows of the table, reused from call to call: the speller compares a typo with hundreds of words.
  if (rows.length < 3 * (b.length + 1)) rows = new Int32Array(3 * (b.length + 1) * 2);
  const width = b.length + 1;
  let previousPrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j += 1) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[previousPrevious + j - 2]! + 1);
      rows[current + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= ceiling) return ceiling;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return rows[previous + b.length]!;
}

let rows = new Int32Array(3 * 32);
