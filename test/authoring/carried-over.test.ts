import { describe, expect, it } from 'vitest';
import type { DraftEntity } from '../../src/authoring/draft-entities.js';
import { carriedOver, continuedTopic, namedByCategory, namedByReference } from '../../src/authoring/draft-facts.js';

const entity = (id: string, name: string, category: DraftEntity['category'], kind: DraftEntity['kind']): DraftEntity => ({ id, name, category, kind, aliases: [name.toLowerCase()], readAs: [name.toLowerCase()], sentences: [] });
const union = entity('farmers-union', 'Farmers Union', 'organisation', 'organisation');
const leeds = entity('leeds', 'Leeds', 'city', 'country');
const doe = entity('jane-doe', 'Jane Doe', 'person', 'person');
const council = entity('leeds-council', 'Leeds Council', 'government', 'organisation');
const before = (named: DraftEntity[], sameParagraph: boolean, text = 'Farmers Union and Leeds met Jane Doe.') => ({ text, named, sameParagraph });

describe('entities a sentence refers to without naming them', () => {
  it('carries what the sentence before named into one that opens with "It" or "They", leaving people to their pronouns', () => {
    expect(carriedOver('It is also encouraging farmers to sign.', before([union, doe], true))).toEqual([union]);
  });

  it('carries what the speaker spoke of into a quotation that opens with "They"', () => {
    expect(carriedOver('“They do not discriminate against farmers.”', before([union, doe], true))).toEqual([union]);
  });

  it('carries nothing across a paragraph break on a pronoun alone', () => {
    expect(carriedOver('They refused.', before([union], false))).toEqual([]);
  });

  it('carries the one entity that "The city…" names by its category, even after a paragraph break', () => {
    expect(carriedOver('The city reasoned that the fee was commercial.', before([union, leeds], false))).toEqual([leeds]);
  });

  it('carries nothing into a sentence that opens with its own subject', () => {
    expect(carriedOver('Profit rose last year.', before([union, leeds], true))).toEqual([]);
  });

  it('carries the government that "The city…" names by the place it governs', () => {
    expect(carriedOver('The city reasoned that the fee was commercial.', before([council, doe], false))).toEqual([council]);
  });

  it('carries the entity whose report "The report…" continues about, the word it qualified before', () => {
    const said = before([union, leeds], true, 'A stinging Farmers Union report added to the pressure.');
    expect(carriedOver('The report accused the council of failing.', said)).toEqual([union]);
  });

  it('reads "the region" anywhere in a sentence as the last region the paragraph named', () => {
    const lombardy = entity('lombardy', 'Lombardy', 'region', 'country');
    expect(namedByCategory('The party asks the councils of the region to apply it.', [lombardy, leeds, union])).toEqual([lombardy]);
    expect(namedByCategory('The party asks the councils to apply it.', [lombardy])).toEqual([]);
  });

  it('reads an opening definite noun that names nothing as going on about the things, not the people, the paragraph just named', () => {
    const nearby = { text: '', named: [council, doe, union], sameParagraph: true };
    expect(continuedTopic('The new law is not retroactive.', nearby, [])).toEqual([council, union]);
    expect(continuedTopic('The new law is not retroactive.', { ...nearby, sameParagraph: false }, [])).toEqual([]);
    expect(continuedTopic('The farmers union Farmers Union refused.', nearby, [union])).toEqual([]);
  });

  it('reads "the sentence" as the one the latest sentence saying it tied to an entity', () => {
    const court = entity('supreme-court', 'Supreme Court', 'organisation', 'organisation');
    const earlier = [
      { text: 'The Supreme Court passed its sentence.', named: [court] },
      { text: 'The union asked to apply the sentence of the Supreme Court.', named: [union, court] },
    ];
    expect(namedByReference('Jane Doe called the sentence dangerous.', earlier)).toEqual([court]);
    expect(namedByReference('Jane Doe called the ruling dangerous.', earlier)).toEqual([]);
    expect(namedByReference('Jane Doe called the sentence of the council dangerous.', earlier)).toEqual([]);
  });
});
