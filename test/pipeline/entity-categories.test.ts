import { describe, expect, it } from 'vitest';
import type { EntityCategory } from '../../src/knowledge/schemas.js';
import { askedCategories, namesCategory } from '../../src/pipeline/entity-categories.js';

const CATEGORIES: Record<string, EntityCategory> = { acme: 'company', spain: 'country', 'jane-doe': 'person', watchdog: 'agency' };
const categoryOf = (entity: string) => CATEGORIES[entity];

describe('entity categories', () => {
  it.each([
    ['which country gets the factory', ['country']],
    ['which european nation gets the factory', ['country']],
    ['which company makes it', ['company']],
    ['what firm makes it', ['company']],
    ['which organisation criticised it', ['organisation', 'agency', 'government', 'region']],
    ['which agency criticised it', ['agency', 'government']],
    ['which city hosts it', ['city']],
  ])('reads "%s" as asking for %j', (text, categories) => {
    expect(askedCategories(text)).toEqual(categories);
  });

  it('reads no category where "what" is followed by a verb, or none is asked', () => {
    expect(askedCategories('what are regulators able to do')).toEqual([]);
    expect(askedCategories('how much profit did acme make')).toEqual([]);
  });

  it('is answered by a fact naming an entity of the category besides those the question names', () => {
    expect(namesCategory(['country'], ['acme', 'spain'], ['acme'], categoryOf)).toBe(true);
    expect(namesCategory(['company'], ['acme', 'spain'], ['acme'], categoryOf)).toBe(false);
    expect(namesCategory(['company'], ['acme', 'spain'], [], categoryOf)).toBe(true);
    expect(namesCategory(['agency'], ['acme', 'unknown'], [], categoryOf)).toBe(false);
  });
});
