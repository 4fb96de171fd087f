/**
 * Finds multi-word phrases in a word sequence, longest first, in one pass.
 * Used for synonyms ("finance chief" → "cfo") and entity aliases ("mr guo").
 */
export class PhraseTable<V> {
  private readonly byFirstWord = new Map<string, Array<{ words: readonly string[]; value: V }>>();

  add(words: readonly string[], value: V): void {
    const first = words[0];
    if (first === undefined) return;
    const entries = this.byFirstWord.get(first) ?? [];
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(first, entries);
  }

  /** Each match, left to right, without overlaps. */
  *matches(words: readonly string[]): Generator<{ start: number; length: number; value: V }> {
    for (let i = 0; i < words.length; ) {
      const match = this.byFirstWord.get(words[i] ?? '')?.find((entry) => entry.words.every((word, j) => words[i + j] === word));
      if (match === undefined) {
        i += 1;
        continue;
      }
      yield { start: i, length: match.words.length, value: match.value };
      i += match.words.length;
    }
  }
}

/** Replaces every matched phrase by its value's words. */
export function replacePhrases(words: readonly string[], table: PhraseTable<readonly string[]>): string[] {
  const out: string[] = [];
  let next = 0;
  for (const { start, length, value } of table.matches(words)) {
    out.push(...words.slice(next, start), ...value);
    next = start + length;
  }
  out.push(...words.slice(next));
  return out;
}
