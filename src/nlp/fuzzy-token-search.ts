/**
 * Fuse's token search over fixed groups of documents, with each term's fuzzy
 * matches remembered. The only module that imports `fuse.js`.
 *
 * `new Fuse(docs, { useTokenSearch: true })` runs a bitap search of every
 * query term through every field of every document on every query: two
 * thirds of the time it took to answer a question. The documents never
 * change while the bot runs and questions reuse a small vocabulary, so here
 * `Fuse.match` (the same bitap search) runs once per term and group, and
 * only the cheap part, combining the per-term results, runs per question.
 * Scores are Fuse's own, to the last bit: `test/nlp/fuzzy-token-search.test.ts`
 * checks them against `fuse.js` itself.
 */
import Fuse from 'fuse.js';
import { LruCache } from '../lru-cache.js';

export interface FuzzyDocument {
  readonly id: string;
  /** Space-separated terms, one text per field, in the order of `fieldWeights`. */
  readonly fields: readonly string[];
}

export interface FuzzyTokenSearchOptions {
  /** Relative weight of each field (Fuse's key weights; normalised to sum to 1). */
  readonly fieldWeights: readonly number[];
  /** Bitap tolerance per term: 0 exact, 1 anything (Fuse's `threshold`). */
  readonly threshold: number;
}

export interface FuzzyTokenSearch {
  /**
   * Fuse's score (0 best, 1 worst) of each document of `groups` that any of
   * `terms` matches, each scored within its own group; documents nothing
   * matches, and groups that do not exist, are absent.
   */
  search(groups: readonly string[], terms: readonly string[]): Map<string, number>;
}

/**
 * How many (group, term) results are remembered, in all groups together.
 * Each is a handful of numbers; the cap bounds memory however many distinct
 * typos arrive.
 */
export const REMEMBERED_TERMS = 50_000;

interface Group {
  readonly ids: readonly string[];
  /** This group's term results, as far as they have been asked for. */
  readonly remembered: LruCache<string, TermResult>;
  /** Field texts, document by document (`fieldCount` per document), lower-cased; '' for a blank field. */
  readonly texts: readonly string[];
  /** In how many non-blank fields each term occurs. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** Number of non-blank fields in the group. */
  readonly fieldTotal: number;
}

/**
 * What one term does in one group: its IDF weight, and per field text its
 * bitap score, or NaN where it does not match.
 */
interface TermResult {
  readonly idf: number;
  readonly scores: Float64Array;
}

/** As Fuse's default analyzer with our tokenizer: lower-case, split on spaces. */
const tokenize = (text: string) => text.toLowerCase().split(' ').filter(Boolean);

export function fuzzyTokenSearch(groups: ReadonlyMap<string, readonly FuzzyDocument[]>, options: FuzzyTokenSearchOptions): FuzzyTokenSearch {
  const fieldCount = options.fieldWeights.length;
  const totalWeight = options.fieldWeights.reduce((sum, weight) => sum + weight, 0);
  const weights = options.fieldWeights.map((weight) => weight / totalWeight);
  const bitapOptions = { threshold: options.threshold, ignoreLocation: true };
  const perGroup = Math.ceil(REMEMBERED_TERMS / Math.max(1, groups.size));
  const indexed = new Map([...groups].map(([name, documents]) => [name, indexGroup(documents, fieldCount, perGroup)]));

  const resultOf = (group: Group, term: string, mayMatch: () => (text: string) => boolean): TermResult =>
    group.remembered.getOrSet(term, () => {
      const frequency = group.documentFrequency.get(term) ?? 0;
      const scores = new Float64Array(group.texts.length);
      const matches = mayMatch();
      group.texts.forEach((text, index) => {
        const result = text === '' || !matches(text) ? undefined : Fuse.match(term, text, bitapOptions);
        scores[index] = result?.isMatch === true ? (result.score ?? 0) : Number.NaN;
      });
      return { idf: Math.log(1 + (group.fieldTotal - frequency + 0.5) / (frequency + 0.5)), scores };
    });

  return {
    search(groupNames, terms) {
      const scores = new Map<string, number>();
      // A term's filter is built at most once per search, however many groups it is new to.
      const query = terms.flatMap(tokenize).map((term) => ({ term, mayMatch: once(() => mayMatchWithin(term, options.threshold)) }));
      if (query.length === 0) return scores;
      for (const groupName of groupNames) {
        const group = indexed.get(groupName);
        if (group === undefined) continue;
        const results = query.map(({ term, mayMatch }) => resultOf(group, term, mayMatch));
        group.ids.forEach((id, document) => {
          let score = 1;
          let matched = false;
          for (let field = 0; field < fieldCount; field += 1) {
            const fieldScore = scoreField(results, document * fieldCount + field);
            if (fieldScore === undefined) continue;
            matched = true;
            score *= Math.pow(fieldScore, weights[field] ?? 0);
          }
          if (matched) scores.set(id, score);
        });
      }
      return scores;
    },
  };
}

/**
 * Fuse's token-search score of one field: the IDF-weighted share of the terms
 * it misses, each matched term counting by how well it matched; undefined
 * when no term matches. The sums run in Fuse's order, so the floats agree.
 */
function scoreField(results: readonly TermResult[], text: number): number | undefined {
  let weighted = 0;
  let possible = 0;
  let matched = 0;
  for (const { idf, scores } of results) {
    const score = scores[text] ?? Number.NaN;
    possible += idf;
    if (Number.isNaN(score)) continue;
    matched += 1;
    weighted += idf * (1 - score);
  }
  if (matched === 0) return undefined;
  return Math.max(0.001, possible > 0 ? 1 - weighted / possible : 0);
}

/** `make`'s value, made on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Fuse's bitap compares at most this many characters of a pattern at once, longer ones in pieces. */
const BITAP_WIDTH = 32;

/**
 * A cheap test that `Fuse.match(term, text)` cannot match, so the bitap search is skipped: a new term
 * (a typo, a word the facts never use, a hostile question's junk) otherwise costs a bitap search of
 * every field text, most of the time of a question that brings several. Fuse matches when some part of
 * the text is within `threshold × length` edits of the term. Two exact tests, cheapest first: k edits
 * touch at most k of k + 1 pieces of the term, so one piece at least appears in the text as it is; then
 * the edit distance from the term to the closest part of the text, which is what the bitap search
 * finds, counted bit-parallel in a fraction of its time. Both rule out only texts where Fuse would
 * find nothing, which the tests check against `fuse.js` itself.
 */
function mayMatchWithin(term: string, threshold: number): (text: string) => boolean {
  if (term.length > BITAP_WIDTH) return () => true;
  let edits = 0;
  while (edits + 1 < term.length && (edits + 1) / term.length <= threshold) edits += 1;
  const pieces = Array.from({ length: edits + 1 }, (_, i) => term.slice(Math.floor((i * term.length) / (edits + 1)), Math.floor(((i + 1) * term.length) / (edits + 1))));
  const distance = closestPartDistance(term);
  return (text) => pieces.some((piece) => text.includes(piece)) && distance(text) <= edits;
}

/**
 * The fewest edits (insertions, deletions, substitutions) that turn `term` into some part of a text:
 * Myers' bit-vector algorithm, one column of the edit-distance table per character of the text held in
 * the bits of two integers, so a term of up to 32 characters costs a few operations per character.
 */
function closestPartDistance(term: string): (text: string) => number {
  const length = term.length;
  const last = 1 << (length - 1);
  // Which positions of the term hold each character; ASCII in an array, anything else in a map.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < length; i += 1) {
    const code = term.charCodeAt(i);
    if (code < 128) ascii[code] = (ascii[code] ?? 0) | (1 << i);
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  return (text) => {
    let positive = -1;
    let negative = 0;
    let distance = length;
    let closest = length;
    for (let j = 0; j < text.length && closest > 0; j += 1) {
      const code = text.charCodeAt(j);
      const equal = code < 128 ? (ascii[code] ?? 0) : (other.get(code) ?? 0);
      const vertical = equal | negative;
      const horizontal = (((equal & positive) + positive) ^ positive) | equal;
      let up = negative | ~(horizontal | positive);
      let down = positive & horizontal;
      if (up & last) distance += 1;
      else if (down & last) distance -= 1;
      // No carry into the first row: a part of the text may start anywhere, at no cost.
      up <<= 1;
      down <<= 1;
      positive = down | ~(vertical | up);
      negative = up & vertical;
      closest = Math.min(closest, distance);
    }
    return closest;
  };
}

function indexGroup(documents: readonly FuzzyDocument[], fieldCount: number, remembered: number): Group {
  const texts: string[] = [];
  const documentFrequency = new Map<string, number>();
  let fieldTotal = 0;
  for (const document of documents) {
    for (let field = 0; field < fieldCount; field += 1) {
      const text = (document.fields[field] ?? '').toLowerCase();
      const terms = new Set(tokenize(text));
      // Fuse leaves blank fields out of its index: they neither match nor count.
      texts.push(terms.size === 0 ? '' : text);
      if (terms.size === 0) continue;
      fieldTotal += 1;
      for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return { ids: documents.map((document) => document.id), remembered: new LruCache(remembered), texts, documentFrequency, fieldTotal };
}
