import Fuse from 'fuse.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/evaluation/stratified-folds.js';
import { fuzzyTokenSearch, type FuzzyDocument } from '../../src/nlp/fuzzy-token-search.js';

const OPTIONS = { fieldWeights: [2, 1], threshold: 0.3 };

/** Fuse's own token search, configured as `fuzzyTokenSearch` promises to behave. */
function fuseScores(documents: readonly FuzzyDocument[], terms: readonly string[]): Map<string, number> {
  const fuse = new Fuse(
    documents.map((document) => ({ id: document.id, questions: document.fields[0] ?? '', keywords: document.fields[1] ?? '' })),
    {
      keys: [
        { name: 'questions', weight: 2 },
        { name: 'keywords', weight: 1 },
      ],
      useTokenSearch: true,
      tokenize: (text: string) => text.split(' ').filter(Boolean),
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.3,
    },
  );
  // An empty query lists every document unscored: matched by nothing, as far as ranking goes.
  return new Map(fuse.search(terms.join(' ')).flatMap((result) => (result.score === undefined ? [] : [[result.item.id, result.score]])));
}

// Words of the real article, so the texts look like the stems the bot indexes.
const words = [...new Set(readFileSync('knowledge/huawei/article.txt', 'utf8').toLowerCase().match(/[a-z0-9]+/g) ?? [])];

function typo(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + 'x' + word.slice(at);
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

function randomCase(random: () => number) {
  const pick = () => words[Math.floor(random() * words.length)] ?? 'huawei';
  const text = (length: number) => Array.from({ length }, pick).join(' ');
  const groups = new Map<string, FuzzyDocument[]>();
  for (let group = 0; group < 4; group += 1) {
    groups.set(
      `g${group}`,
      Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => ({
        id: `g${group}-f${index}`,
        // Now and then a blank keywords field, which Fuse leaves out of its index.
        fields: [text(3 + Math.floor(random() * 30)), random() < 0.1 ? '' : text(Math.floor(random() * 12))],
      })),
    );
  }
  const terms = Array.from({ length: Math.floor(random() * 7) }, () => (random() < 0.3 ? typo(pick(), random) : pick()));
  return { groups, terms };
}

describe('fuzzy token search', () => {
  it('scores every document exactly as Fuse token search does, typos included', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round += 1) {
      const { groups, terms } = randomCase(random);
      const search = fuzzyTokenSearch(groups, OPTIONS);
      for (const [group, documents] of groups) {
        // Twice: the second answer comes from remembered term results and must not drift.
        expect(search.search([group], terms)).toEqual(fuseScores(documents, terms));
        expect(search.search([group], terms)).toEqual(fuseScores(documents, terms));
      }
    }
  });

  it('scores documents of several groups each within its own group', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 50; round += 1) {
      const { groups, terms } = randomCase(random);
      const search = fuzzyTokenSearch(groups, OPTIONS);
      const separately = new Map([...groups.keys()].flatMap((group) => [...search.search([group], terms)]));
      expect(search.search([...groups.keys()], terms)).toEqual(separately);
    }
  });

  it('agrees with Fuse on terms at the edge of its tolerance, and on junk', () => {
    const random = seededRandom(13);
    const letter = () => String.fromCharCode(97 + Math.floor(random() * 26));
    // Up to three edits of any kind: a term one edit past Fuse's tolerance must find nothing here too.
    const edited = (word: string) => {
      let text = word;
      for (let edit = Math.floor(random() * 4); edit > 0; edit -= 1) {
        const at = Math.floor(random() * (text.length + 1));
        const kind = Math.floor(random() * 3);
        text = text.slice(0, at) + (kind === 2 ? '' : letter()) + text.slice(kind === 1 ? at : at + 1);
      }
      return text || letter();
    };
    const junk = () => Array.from({ length: 3 + Math.floor(random() * 40) }, letter).join('');
    for (let round = 0; round < 300; round += 1) {
      const { groups } = randomCase(random);
      const terms = Array.from({ length: 1 + Math.floor(random() * 5) }, () => (random() < 0.2 ? junk() : edited(words[Math.floor(random() * words.length)] ?? 'huawei')));
      const search = fuzzyTokenSearch(groups, OPTIONS);
      for (const [group, documents] of groups) expect(search.search([group], terms)).toEqual(fuseScores(documents, terms));
    }
  });

  it('matches a term exactly at the tolerance: three edits in ten letters', () => {
    const documents = [{ id: 'a', fields: ['axcdexghix', ''] }];
    expect(fuzzyTokenSearch(new Map([['g', documents]]), OPTIONS).search(['g'], ['abcdefghij'])).toEqual(fuseScores(documents, ['abcdefghij']));
    expect(fuseScores(documents, ['abcdefghij']).size).toBe(1);
  });

  it('lets a misspelt term reach its word and a short stem reach a longer one', () => {
    const groups = new Map([['sales', [{ id: 'revenue', fields: ['revenu sale', 'engineer'] }, { id: 'other', fields: ['canola', 'arrest'] }]]]);
    const search = fuzzyTokenSearch(groups, OPTIONS);
    expect([...search.search(['sales'], ['revnu']).keys()]).toEqual(['revenue']);
    expect([...search.search(['sales'], ['engin']).keys()]).toEqual(['revenue']);
  });

  it('finds nothing for no terms, an unknown group or terms too far from every word', () => {
    const search = fuzzyTokenSearch(new Map([['g', [{ id: 'a', fields: ['huawei profit', ''] }]]]), OPTIONS);
    expect(search.search(['g'], []).size).toBe(0);
    expect(search.search(['missing'], ['huawei']).size).toBe(0);
    expect(search.search(['g'], ['zzzzzz']).size).toBe(0);
  });
});
