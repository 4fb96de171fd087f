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
  // Letters and digits ("M5S"): nothing in it needs escaping where `spellsOut` builds its pattern.
  return shortForms.find((form) => /^(?=.*\p{L})[\p{L}\p{N}]{2,6}$/u.test(form) && words.has(form.toLowerCase()));
}

/**
 * Whether `text` spells out `short` (letters and digits, as `askedExpansion` gives it): a name with those
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
      // A number in a name gives its digit: "Movimento 5 Stelle" is the M5S.
      if (!/^[\p{Lu}\p{N}]/u.test(word)) return undefined;
      spelt += word[0]?.toLowerCase() ?? '';
      if (!initials.startsWith(spelt)) return undefined;
    }
    return spelt;
  }
}
