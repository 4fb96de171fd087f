/**
 * Typographic quotes and dashes made plain, and contractions written out, so
 * that "what's" and "what is", "didn't" and "did not" read the same. Applied in
 * order to lower-case text.
 */
export const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[‘’ʼ`´]/g, "'"],
  [/[“”„«»]/g, '"'],
  [/[–—‑]/g, '-'],
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/\bwhat's\b/g, 'what is'],
  [/\bwho's\b/g, 'who is'],
  [/\bwhere's\b/g, 'where is'],
  [/\bhow's\b/g, 'how is'],
  [/\bwhen's\b/g, 'when is'],
  // Typed without the apostrophe.
  [/\b(who|where|how|when)s\b/g, '$1 is'],
  // A possessive says whose, which the words around it already say: "Huawei's profit" is "huawei profit".
  [/'s\b/g, ''],
  [/s'(?=\s|$)/g, 's'],
];
