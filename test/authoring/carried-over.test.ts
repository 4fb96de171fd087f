import { describe, expect, it } from 'vitest';
import type { DraftEntity } from '../../src/authoring/draft-entities.js';
import { carriedOver } from '../../src/authoring/draft-facts.js';

const entity = (id: string, name: string, category: DraftEntity['category'], kind: DraftEntity['kind']): DraftEntity => ({ id, name, category, kind, aliases: [name.toLowerCase()], sentences: [] });
const union = entity('farmers-union', 'Farmers Union', 'organisation', 'organisation');
const leeds = entity('leeds', 'Leeds', 'city', 'country');
const doe = entity('jane-doe', 'Jane Doe', 'person', 'person');

describe('entities a sentence refers to without naming them', () => {
  it('carries what the sentence before named into one that opens with "It" or "They", leaving people to their pronouns', () => {
    expect(carriedOver('It is also encouraging farmers to sign.', [union, doe], true)).toEqual([union]);
  });

  it('carries nothing across a paragraph break on a pronoun alone', () => {
    expect(carriedOver('They refused.', [union], false)).toEqual([]);
  });

  it('carries the one entity that "The city…" names by its category, even after a paragraph break', () => {
    expect(carriedOver('The city reasoned that the fee was commercial.', [union, leeds], false)).toEqual([leeds]);
  });

  it('carries nothing into a sentence that opens with its own subject', () => {
    expect(carriedOver('Profit rose last year.', [union, leeds], true)).toEqual([]);
  });
});
