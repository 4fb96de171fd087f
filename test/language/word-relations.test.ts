import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/language/en/index.js';
import { deriveRelations } from '../../src/language/en/word-relations.js';
import type { Synset, WordNetSense } from '../../src/nlp/wordnet-index.js';

/** A tiny WordNet: "arrest" as a verb (with two phrases) and as a noun, each with one broader synset. */
const SYNSETS: ReadonlyMap<string, Synset> = new Map([
  ['v1', { offset: 1, pos: 'v', words: ['arrest', 'collar', 'pick_up', 'haul_in'], pointers: [{ symbol: '@', offset: 2, pos: 'v', sourceTarget: '0000' }] }],
  ['v2', { offset: 2, pos: 'v', words: ['take'], pointers: [] }],
  ['n5', { offset: 5, pos: 'n', words: ['arrest', 'apprehension'], pointers: [{ symbol: '@', offset: 6, pos: 'n', sourceTarget: '0000' }] }],
  ['n6', { offset: 6, pos: 'n', words: ['capture'], pointers: [] }],
]);
const sense = (pos: 'n' | 'v', offsets: number[]): WordNetSense => ({ pos, tagged: 1, offsets });
const INDEX: ReadonlyMap<string, readonly WordNetSense[]> = new Map([
  ['arrest', [sense('n', [5]), sense('v', [1])]],
  // "pick up" means "arrest" only in its third sense; "haul in" in its first.
  ['pick_up', [sense('v', [10, 11, 1])]],
  ['haul_in', [sense('v', [1])]],
]);

const derive = () =>
  deriveRelations(['arrest'], {
    english: englishWords(),
    index: INDEX,
    readSynset: (offset, pos) => {
      const synset = SYNSETS.get(`${pos}${offset}`);
      return synset === undefined ? Promise.reject(new Error(`no synset ${pos}${offset}`)) : Promise.resolve(synset);
    },
  });

describe('deriving WordNet relations', () => {
  it('relates the words of a synset as synonyms, and a phrase only in one of its own commonest senses', async () => {
    const relations = await derive();
    expect(relations['collar']).toEqual([['arrest', 'synonym']]);
    expect(relations['apprehension']).toEqual([['arrest', 'synonym']]);
    expect(relations['haul_in']).toEqual([['arrest', 'synonym']]);
    expect(relations['pick_up']).toBeUndefined();
  });

  it('follows broader words among nouns only', async () => {
    const relations = await derive();
    expect(relations['capture']).toEqual([['arrest', 'hypernym']]);
    expect(relations['take']).toBeUndefined();
  });

  it('never relates a word to itself', async () => {
    expect((await derive())['arrest']).toBeUndefined();
  });
});
