/**
 * Adds to each draft fact's keywords the words WordNet relates to its own:
 * derived forms ("growth" → "grow", "founder" → "found") and a few synonyms.
 * A reader rarely uses the article's exact word, and a fact covers a question
 * only through the words it knows.
 */
import { wordRelations, type WordRelations } from '../nlp/natural.js';
import type { DraftFact } from './draft-facts.js';

export interface ExpansionOptions {
  /** Single-word synonyms added per keyword; derived forms are always added. */
  readonly synonymsPerWord: number;
  /** Words looked up at once: the lookups are file reads, which overlap well. */
  readonly batch: number;
}

export const DEFAULT_EXPANSION: ExpansionOptions = Object.freeze({ synonymsPerWord: 3, batch: 40 });

/** `isWord` tells English words from names, which WordNet would only confuse ("Apple"). */
export async function expandKeywords(facts: readonly DraftFact[], isWord: (word: string) => boolean, options: ExpansionOptions = DEFAULT_EXPANSION): Promise<DraftFact[]> {
  const words = [...new Set(facts.flatMap((fact) => fact.keywords).filter((keyword) => /^[a-z]{3,}$/.test(keyword) && isWord(keyword)))];
  const relations = new Map<string, WordRelations>();
  for (let i = 0; i < words.length; i += options.batch) {
    const batch = words.slice(i, i + options.batch);
    const found = await Promise.all(batch.map((word) => wordRelations(word)));
    batch.forEach((word, j) => relations.set(word, found[j] ?? { synonyms: [], derived: [] }));
  }
  return facts.map((fact) => {
    const related = fact.keywords.flatMap((keyword) => {
      const relation = relations.get(keyword);
      if (relation === undefined) return [];
      const synonyms = relation.synonyms.filter((synonym) => /^[a-z]+$/.test(synonym)).slice(0, options.synonymsPerWord);
      return [...relation.derived.filter((word) => /^[a-z]+$/.test(word)), ...synonyms];
    });
    return { ...fact, keywords: [...new Set([...fact.keywords, ...related])] };
  });
}
