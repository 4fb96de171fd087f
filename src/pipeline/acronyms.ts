/**
 * "What does ICI stand for?" asks what the letters spell out, and only a
 * sentence that spells them out answers it: "the National Cyber Security
 * Centre", "Italian Episcopal Conference (CEI)". A sentence that merely uses
 * the short form ("the ICI system") does not say what it stands for.
 */

const ASKS_EXPANSION = /\b(stands?|stood) for\b|\bshort for\b|\babbreviation\b|\bacronym\b/i;
/** Words a name's initials skip: the "Federal Bureau of Investigation" is the FBI. */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'di', 'del', 'della', 'des', 'du', 'la', 'le', 'von', 'van', '&']);

/**
 * The short form whose expansion the question asks for: one of `shortForms` (the names of what the
 * question names) that it uses as a word, or undefined when it asks no such thing.
 */
export function askedExpansion(typed: string, shortForms: readonly string[]): string | undefined {
  if (!ASKS_EXPANSION.test(typed)) return undefined;
  const words = new Set(typed.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return shortForms.find((form) => /^\p{L}{2,6}$/u.test(form) && words.has(form.toLowerCase()));
}

/**
 * Whether `text` spells out `short` (letters only, as `askedExpansion` gives it): a name with those
 * initials, or the two side by side in brackets or after "or".
 */
export function spellsOut(text: string, short: string): boolean {
  if (new RegExp(`\\(${short}\\)|\\b${short} \\(\\p{Lu}|, or ${short}\\b`, 'iu').test(text)) return true;
  const initials = short.toLowerCase();
  const words = text.split(/[^\p{L}\p{N}&]+/u).filter(Boolean);
  return words.some((_, start) => initialsFrom(words, start) === initials);

  function initialsFrom(all: readonly string[], at: number): string | undefined {
    let spelt = '';
    for (let i = at; i < all.length && spelt.length < initials.length; i += 1) {
      const word = all[i] ?? '';
      if (spelt.length > 0 && SKIPPED.has(word.toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(word)) return undefined;
      spelt += word[0]?.toLowerCase() ?? '';
      if (!initials.startsWith(spelt)) return undefined;
    }
    return spelt;
  }
}
