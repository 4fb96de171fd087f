import { describe, expect, it } from 'vitest';
import { draftEntities } from '../../src/authoring/draft-entities.js';
import { readPlaceNames } from '../../src/authoring/place-names.js';
import { segmentSentences } from '../../src/knowledge/segment-sentences.js';

const ARTICLE = 'Italian schools must pay taxes\n\nCourts in Italy ruled that Catholic schools must pay the tax. Acme, a company from Britain, sells chalk to Italian schools.\n';

describe("drafting a place's other names", () => {
  it('knows a place by the names WordNet gives it and by the adjective the article writes for it', async () => {
    const sentences = segmentSentences(ARTICLE);
    const drafted = draftEntities(sentences, undefined, await readPlaceNames(sentences));
    const italy = drafted.entities.find((entity) => entity.id === 'italy');
    expect(italy?.aliases).toEqual(expect.arrayContaining(['italy', 'italian republic', 'italian']));
    expect(italy?.sentences).toEqual(expect.arrayContaining(['s1', 's3']));
  });
});
