import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSynset, readWordNetLemmas } from '../../src/nlp/wordnet-index.js';

const LICENSE = '  1 This software and database is being provided to you\n  2 under the following license.\n';

/** A WordNet dictionary folder holding the given index lines (`lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`). */
function dictionary(files: Record<'noun' | 'verb' | 'adj' | 'adv', readonly string[]>): string {
  const folder = mkdtempSync(join(tmpdir(), 'wordnet-'));
  for (const [pos, lines] of Object.entries(files)) writeFileSync(join(folder, `index.${pos}`), `${LICENSE}${lines.map((line) => `${line}  \n`).join('')}`);
  return folder;
}

describe('the WordNet lemma index', () => {
  const folder = dictionary({
    noun: ['arrest n 2 1 @ 2 2 01 02', 'net_income n 1 1 @ 1 0 03', 'profit n 2 2 @ ~ 2 1 04 05', 'zebra n 1 0 1 0 06'],
    verb: ['aah v 1 1 @ 1 0 07', 'arrest v 2 1 @ 2 1 08 09', 'zoom v 1 1 @ 1 1 10', 'zoom_in v 1 1 @ 1 0 11'],
    adj: ['main a 1 0 1 3 12'],
    adv: [],
  });
  const lemmas = readWordNetLemmas(folder);

  it('finds every single-word lemma, first and last of each file included, with its tagged senses per part of speech', () => {
    expect(lemmas.get('arrest')).toEqual({ n: 2, v: 1 });
    expect(lemmas.get('profit')).toEqual({ n: 1 });
    expect(lemmas.get('aah')).toEqual({ v: 0 });
    expect(lemmas.get('zebra')).toEqual({ n: 0 });
    expect(lemmas.get('zoom')).toEqual({ v: 1 });
    expect(lemmas.get('main')).toEqual({ a: 3 });
  });

  it('knows no word the index lacks, nor multi-word lemmas, nor the license text', () => {
    for (const word of ['proffit', 'a', 'zzz', '', 'net_income', 'zoom_in', 'software', '1']) expect(lemmas.get(word), word).toBeUndefined();
  });

  it('answers the same when asked again', () => {
    expect(lemmas.get('arrest')).toEqual(lemmas.get('arrest'));
    expect(lemmas.get('proffit')).toBeUndefined();
  });
});

describe('a WordNet synset', () => {
  it('is read from the data file at its offset: its words, lower-cased, and its pointers', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wordnet-data-'));
    const first = '00000010 41 v 02 arrest 0 Collar 0 002 @ 00000099 v 0000 + 00000123 n 0101 | take into custody';
    const second = '00000099 41 v 01 take 0 000 | get into one\'s hands';
    writeFileSync(join(folder, 'data.verb'), `${'x'.repeat(9)}\n${first}\n${second}\n`);
    expect(await readSynset(10, 'v', folder)).toEqual({
      offset: 10,
      pos: 'v',
      words: ['arrest', 'collar'],
      pointers: [
        { symbol: '@', offset: 99, pos: 'v', sourceTarget: '0000' },
        { symbol: '+', offset: 123, pos: 'n', sourceTarget: '0101' },
      ],
    });
    expect((await readSynset(10 + first.length + 1, 'v', folder)).words).toEqual(['take']);
  });
});
