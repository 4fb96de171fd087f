/**
 * Systematic variation of text for synthetic knowledge bases. Copy `k` of the
 * article is about a made-up company instead of Huawei, and a fixed share of
 * its content words are coined variants, so a bigger knowledge base also has
 * a bigger vocabulary, as real text does; the same word always varies the
 * same way within one copy, so facts still match the sentences they cite.
 */

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'ze', 'pi', 'su'] as const;

/** One in this many distinct content words is coined anew in each copy. */
export const COINED_SHARE = 4;
/** Shorter words (and every protected word) stay as they are. */
const MIN_VARIED_LENGTH = 6;

export interface Variant {
  /** 1 for the first synthetic copy; copy 0 is the real knowledge base. */
  readonly copy: number;
  /** The company the copy is about, e.g. "Lomiru". */
  readonly company: string;
  /** Lower-case words never varied: stopwords, synonyms, entity aliases, generic words. */
  readonly protectedWords: ReadonlySet<string>;
}

function syllable(digit: number): string {
  return SYLLABLES[digit % SYLLABLES.length] ?? 'ka';
}

/** A pronounceable made-up company name, distinct for copies 1–999. */
export function companyName(copy: number): string {
  const name = `${syllable(Math.floor(copy / 100))}${syllable(Math.floor(copy / 10))}${syllable(copy)}n`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function createVariant(copy: number, protectedWords: ReadonlySet<string>): Variant {
  return { copy, company: companyName(copy), protectedWords };
}

/** `text` as copy `variant.copy` says it: the company renamed and a share of words coined. */
export function varyText(text: string, variant: Variant): string {
  const company = variant.company;
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower === 'huawei') return word[0] === 'H' ? company : company.toLowerCase();
    if (lower.length < MIN_VARIED_LENGTH || variant.protectedWords.has(lower)) return word;
    if (fnv1a(`${lower}:${variant.copy}`) % COINED_SHARE !== 0) return word;
    return `${word}${syllable(Math.floor(variant.copy / 10))}${syllable(variant.copy)}`;
  });
}

/**
 * Like `varyText`, and names the company when the text does not, so that
 * every utterance of every copy is distinct (the loader rejects an utterance
 * shared by two intents).
 */
export function varyUtterance(text: string, variant: Variant): string {
  const varied = varyText(text, variant);
  if (varied.toLowerCase().includes(variant.company.toLowerCase())) return varied;
  const match = /^(.*?)([?.!]*)$/s.exec(varied.trimEnd());
  return `${match?.[1] ?? varied} at ${variant.company}${match?.[2] ?? ''}`;
}

/** Lower-case letter words of `text`. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
