import { describe, expect, it } from 'vitest';
import { draftEntities } from '../../src/authoring/draft-entities.js';
import { readPlaceNames } from '../../src/authoring/place-names.js';
import { segmentSentences } from '../../src/knowledge/segment-sentences.js';

const ARTICLE = 'Italian schools must pay taxes\n\nCourts in Italy ruled that Catholic schools must pay the tax. Acme, a company from Britain, sells chalk to Italian schools.\n';

const CAPITALS =
  'Acme wins in Britain and China\n\n' +
  'Acme passed Zentrix last year as the number two global smartphone brand. ' +
  'Britain welcomed the deal. Beijing has detained two engineers. ' +
  'China and Canada did not comment.\n';

async function drafted(article: string) {
  const sentences = segmentSentences(article);
  return draftEntities(sentences, undefined, await readPlaceNames(sentences));
}

describe("drafting a place's other names", () => {
  it('knows a place by the names WordNet gives it and by the adjective the article writes for it', async () => {
    const italy = (await drafted(ARTICLE)).entities.find((entity) => entity.id === 'italy');
    expect(italy?.aliases).toEqual(expect.arrayContaining(['italy', 'italian republic', 'italian']));
    expect(italy?.sentences).toEqual(expect.arrayContaining(['s1', 's3']));
  });

  it('makes a country of a name WordNet knows as one, whatever the tagger made of it, with its other names', async () => {
    const britain = (await drafted(CAPITALS)).entities.find((entity) => entity.id === 'britain');
    expect(britain?.category).toBe('country');
    expect(britain?.aliases).toEqual(expect.arrayContaining(['uk', 'united kingdom']));
  });

  it("reads a sentence naming a capital as about its country, and names a country by its capital when the article does not", async () => {
    const { entities, bySentence } = await drafted(CAPITALS);
    const beijingSentence = [...bySentence].find(([, ids]) => ids.includes('beijing'))?.[1];
    expect(beijingSentence).toContain('china');
    expect(entities.find((entity) => entity.id === 'china')?.aliases).not.toContain('beijing');
    expect(entities.find((entity) => entity.id === 'canada')?.aliases).toContain('ottawa');
  });

  it('makes a company of an untyped name that a sentence calls a brand, a maker or a rival', async () => {
    const zentrix = (await drafted(CAPITALS)).entities.find((entity) => entity.id === 'zentrix');
    expect(zentrix?.category).toBe('company');
  });
});
