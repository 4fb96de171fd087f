/**
 * Adds to each draft fact's keywords the words WordNet relates to its own:
 * derived forms ("growth" → "grow", "founder" → "found") and a few synonyms.
 * A reader rarely uses the article's exact word, and a fact covers a question
 * only through the words it knows.
 */
import type { EnglishWords } from '../language/en/index.js';
import { wordRelations, type WordRelations } from '../nlp/natural.js';
import type { DraftFact } from './draft-facts.js';

export interface ExpansionOptions {
  /** Synonyms (of one or two words) added per keyword; derived forms are always added. */
  readonly synonymsPerWord: number;
  /** Words looked up at once: the lookups are file reads, which overlap well. */
  readonly batch: number;
}

export const DEFAULT_EXPANSION: ExpansionOptions = Object.freeze({ synonymsPerWord: 3, batch: 40 });

/** What expansion needs of the English dictionary: names are not looked up ("Apple"), inflections are looked up by their lemma. */
export type KeywordEnglish = Pick<EnglishWords, 'isWord' | 'lemmasOf'>;

const NONE: WordRelations = { synonyms: [], derived: [] };

export async function expandKeywords(facts: readonly DraftFact[], english: KeywordEnglish, options: ExpansionOptions = DEFAULT_EXPANSION): Promise<DraftFact[]> {
  // WordNet lists "arrest", not "arrested": an inflected keyword is looked up by its dictionary forms too.
  const formsOf = (keyword: string) => (/^[a-z]{3,}$/.test(keyword) && english.isWord(keyword) ? [...new Set([keyword, ...english.lemmasOf(keyword).map((reading) => reading.lemma)])] : []);
  const words = [...new Set(facts.flatMap((fact) => fact.keywords.flatMap(formsOf)))];
  const relations = new Map<string, WordRelations>();
  for (let i = 0; i < words.length; i += options.batch) {
    const batch = words.slice(i, i + options.batch);
    const found = await Promise.all(batch.map((word) => wordRelations(word)));
    batch.forEach((word, j) => relations.set(word, found[j] ?? NONE));
  }
  return facts.map((fact) => {
    const related = fact.keywords.flatMap((keyword) => {
      const forms = formsOf(keyword).map((form) => relations.get(form) ?? NONE);
      // Two-word synonyms too: "gross revenue" is how WordNet says "sales" is revenue.
      const synonyms = [...new Set(forms.flatMap((relation) => relation.synonyms))].filter((synonym) => /^[a-z]+(?: [a-z]+)?$/.test(synonym)).slice(0, options.synonymsPerWord);
      return [...forms.flatMap((relation) => relation.derived).filter((word) => /^[a-z]+$/.test(word)), ...synonyms];
    });
    return { ...fact, keywords: [...new Set([...fact.keywords, ...related])] };
  });
}
