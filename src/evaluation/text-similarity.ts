/**
 * Cheap similarities for grouping questions: shared stems (Jaccard) for
 * questions worded differently about the same thing, with character bigrams
 * (Sørensen–Dice) letting a misspelt stem count as shared ("employe" /
 * "emplye"). All are 0 for nothing shared and 1 for the same.
 */

/** Dice coefficient over character bigrams, counting repeats (a multiset). */
export function diceBigrams(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  const total = [...left.values(), ...right.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return a === b && a !== '' ? 1 : 0;
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / total;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const compact = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < compact.length - 1; i++) {
    const pair = compact.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Least bigram similarity for two stems to count as the same word misspelt. */
const SAME_WORD = 0.7;

/**
 * Jaccard where a stem also counts as shared when it is a near-spelling of
 * one in the other set. Stems under four letters must match exactly: in a
 * short word one letter is a different word ("tax" / "tap").
 */
export function fuzzyJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) {
    if (b.has(word) || (word.length >= 4 && [...b].some((other) => other.length >= 4 && diceBigrams(word, other) >= SAME_WORD))) shared++;
  }
  return Math.min(1, shared / (a.size + b.size - shared));
}
