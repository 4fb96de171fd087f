/**
 * `npm run english-words`: regenerates `src/nlp/english-words.txt` from
 * natural's part-of-speech lexicon (run after upgrading natural).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGLISH_WORDS_FILE } from '../nlp/english-words.js';
import { englishLexicon } from '../nlp/natural.js';

const lines = Object.entries(englishLexicon())
  .filter(([word, tags]) => /^[a-z][a-z'-]*$/.test(word) && tags.length > 0)
  .map(([word, tags]) => `${word} ${tags[0]?.startsWith('NN') ? 'n' : 'o'}`)
  .sort();
writeFileSync(ENGLISH_WORDS_FILE, `${lines.join('\n')}\n`);
console.log(`Wrote ${lines.length} words to ${fileURLToPath(ENGLISH_WORDS_FILE)}`);

