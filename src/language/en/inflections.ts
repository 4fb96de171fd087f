/**
 * The inflected forms of a lemma ("pick" → "picks", "picked", "picking"), so a
 * multi-word expression WordNet lists by its lemma ("pick_up") is found as a
 * reader writes it ("picked up"). Regular forms follow English spelling rules;
 * a verb in the irregular-forms table takes its irregular past instead ("brought", never "bringed").
 */
import { IRREGULAR_FORMS } from './irregular-forms.js';

const IRREGULAR_BY_LEMMA = new Map<string, string[]>();
for (const [form, { lemma }] of IRREGULAR_FORMS) IRREGULAR_BY_LEMMA.set(lemma, [...(IRREGULAR_BY_LEMMA.get(lemma) ?? []), form]);

/** The lemma and its forms. */
export function inflectionsOf(lemma: string): string[] {
  const irregular = IRREGULAR_BY_LEMMA.get(lemma) ?? [];
  const past = irregular.length > 0 ? [] : [pastOf(lemma)];
  return [...new Set([lemma, thirdPersonOf(lemma), ...past, participleOf(lemma), ...irregular])];
}

/** A one-syllable word ending consonant-vowel-consonant doubles its last letter: "stop" → "stopped". */
function doubled(lemma: string): string {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
}

function thirdPersonOf(lemma: string): string {
  if (/(s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  return /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
}

function pastOf(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  return /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${doubled(lemma)}ed`;
}

function participleOf(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (/[^e]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  return `${doubled(lemma)}ing`;
}
