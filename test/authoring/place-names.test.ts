import { describe, expect, it } from 'vitest';
import { draftEntities } from '../../src/authoring/draft-entities.js';
import { readPlaceNames } from '../../src/authoring/place-names.js';
import { segmentSentences } from '../../src/knowledge/segment-sentences.js';

const ARTICLE = 'Italian schools must pay taxes\n\nCourts in Italy ruled that Catholic schools must pay the tax. Acme, a company from Britain, sells chalk to Italian schools.\n';

const CAPITALS =
  'Acme wins in Britain and China\n\n' +
  'Acme passed Zentrix last year as the number two global smartphone brand. ' +
  'Britain welcomed the deal. Beijing has detained two engineers. The Chinese government denied any role. The British Government said British banks were calm. ' +
  'China and Canada did not comment. Taiwan and Britain spoke of US-Chinese tensions.\n';

async function drafted(article: string) {
  const sentences = segmentSentences(article);
  return draftEntities(sentences, undefined, await readPlaceNames(sentences));
}

// Reading WordNet's capitals takes seconds: every case below reads the one draft.
let capitals: ReturnType<typeof drafted> | undefined;
const withCapitals = () => (capitals ??= drafted(CAPITALS));

describe("drafting a place's other names", () => {
  it('knows a place by the names WordNet gives it and by the adjective the article writes for it', async () => {
    const italy = (await drafted(ARTICLE)).entities.find((entity) => entity.id === 'italy');
    expect(italy?.aliases).toEqual(expect.arrayContaining(['italy', 'italian republic', 'italian']));
    expect(italy?.sentences).toEqual(expect.arrayContaining(['s1', 's3']));
  });

  it('makes a country of a name WordNet knows as one, whatever the tagger made of it, with its other names', async () => {
    const britain = (await withCapitals()).entities.find((entity) => entity.id === 'britain');
    expect(britain?.category).toBe('country');
    expect(britain?.aliases).toEqual(expect.arrayContaining(['uk', 'united kingdom']));
  });

  it("reads a sentence naming a capital as about its country, and names a country by its capital when the article does not", async () => {
    const { entities, bySentence } = await withCapitals();
    const beijingSentence = [...bySentence].find(([, ids]) => ids.includes('beijing'))?.[1];
    expect(beijingSentence).toContain('china');
    expect(entities.find((entity) => entity.id === 'china')?.aliases).not.toContain('beijing');
    expect(entities.find((entity) => entity.id === 'canada')?.aliases).toContain('ottawa');
  });

  it('leaves out the words that describe a capital, which name no government ("What is the capital of Canada?")', async () => {
    const canada = (await withCapitals()).entities.find((entity) => entity.id === 'canada');
    expect(canada?.aliases.filter((alias) => alias.includes('capital'))).toEqual([]);
  });

  it('reads what the government of a country does as its capital\'s, when the article names the capital, and the country alone as not', async () => {
    const { bySentence } = await withCapitals();
    expect([...bySentence].find(([, ids]) => ids.includes('chinese-government'))?.[1]).toEqual(expect.arrayContaining(['china', 'beijing']));
    expect([...bySentence].find(([, ids]) => ids.includes('canada'))?.[1]).not.toContain('beijing');
  });

  it("reads a body named after a country as the country's, and leaves the country its adjective", async () => {
    const { entities, bySentence } = await withCapitals();
    const said = [...bySentence].find(([, ids]) => ids.includes('british-government'))?.[1];
    expect(said).toContain('britain');
    expect(entities.find((entity) => entity.id === 'britain')?.aliases).toContain('british');
    expect(entities.find((entity) => entity.id === 'british-government')?.aliases).not.toContain('british');
  });

  it('gives an adjective two places could claim to the one the article names more often, or to the country', async () => {
    const { entities, bySentence } = await withCapitals();
    expect(entities.find((entity) => entity.id === 'china')?.aliases).toContain('chinese');
    expect(entities.find((entity) => entity.id === 'taiwan')?.aliases).not.toContain('chinese');
    expect([...bySentence.values()].at(-1)).toEqual(expect.arrayContaining(['us', 'china']));
  });

  it('makes an agency of the organisation a sentence opening "The agency…" refers to', async () => {
    const sentences = segmentSentences('Acme under fire\n\nThe National Cyber Security Centre criticised Acme. The agency said flaws remain.\n');
    const { entities } = draftEntities(sentences);
    expect(entities.find((entity) => entity.id === 'national-cyber-security-centre')?.category).toBe('agency');
  });

  it('makes a company of an untyped name that a sentence calls a brand, a maker or a rival', async () => {
    const zentrix = (await withCapitals()).entities.find((entity) => entity.id === 'zentrix');
    expect(zentrix?.category).toBe('company');
  });
});
