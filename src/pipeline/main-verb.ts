/**
 * The main verb of a question an auxiliary opens: "What could the spying
 * accusations cost Huawei?" → "cost", "Why did the equipment unit struggle?"
 * → "struggle". English uses many such words as nouns too ("cost", "cut",
 * "claim"), so read alone they look like things the article never mentions;
 * in this place they are what was done, which a fact words its own way.
 * General English only.
 */

const AUXILIARIES = new Set(['did', 'does', 'do', 'could', 'would', 'will', 'can', 'should', 'might', 'have', 'has', 'had']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'your', 'my', "'s"]);
/** How far into the question the auxiliary may stand: "What trade did…", "How much profit did…". */
const AUXILIARY_WITHIN = 4;

export interface VerbReading {
  /** Whether English uses the word as a verb (WordNet). */
  readonly canBeVerb: (word: string) => boolean;
  /** Whether the knowledge base uses the word: then its weight is its own, whatever it is here. */
  readonly knows: (word: string) => boolean;
}

const PARTICLES = new Set(['about', 'off', 'from', 'on', 'in', 'for', 'to', 'with', 'into', 'up', 'out', 'over', 'at', 'by', 'back', 'down']);

/**
 * The first word after the auxiliary's subject (at least one word, and not the word right after a
 * determiner) that English uses as a verb and that ends the subject: the question ends there, or an
 * object or particle follows (a determiner, a preposition, or a word the knowledge base knows), as in
 * "cost Huawei", "cut off", "claimed about"; "the Canadian court decide" reads "decide", not "court".
 * Undefined when the knowledge base knows the verb itself, whose weight is then its own.
 */
export function mainVerbOf(words: readonly string[], { canBeVerb, knows }: VerbReading): string | undefined {
  const auxiliary = words.slice(0, AUXILIARY_WITHIN).findIndex((word) => AUXILIARIES.has(word));
  if (auxiliary < 0) return undefined;
  for (let i = auxiliary + 2; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    if (DETERMINERS.has(words[i - 1] ?? '') || !canBeVerb(word)) continue;
    if (next !== undefined && !DETERMINERS.has(next) && !PARTICLES.has(next) && !knows(next)) continue;
    return knows(word) ? undefined : word;
  }
  return undefined;
}
