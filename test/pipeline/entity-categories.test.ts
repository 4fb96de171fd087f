import { describe, expect, it } from 'vitest';
import type { EntityCategory } from '../../src/knowledge/schemas.js';
import { askedCategory, namesCategory } from '../../src/pipeline/entity-categories.js';

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
    ['which party does she belong to', ['group', 'organisation']],
  ])('reads "%s" as asking for %j', (text, categories) => {
    expect(askedCategory(text)?.categories).toEqual(categories);
  });

  it('names the noun that asked, which is the answer and not the topic', () => {
    expect(askedCategory('which european nation gets the factory')?.noun).toBe('nation');
  });

  it('reads the word after the noun as the question\'s verb, however often English uses it as a noun', () => {
    expect(askedCategory('which countries host the factories')?.verb).toBe('host');
    expect(askedCategory('which country has the factory')?.verb).toBeUndefined();
  });

  it('reads "who runs…?" and "who is the head of…?" as asking for a person, whom the question may name by title', () => {
    expect(askedCategory('who runs the agency')).toEqual({ categories: ['person'], noun: 'runs', namedMayAnswer: true });
    expect(askedCategory('who is the president of acme')).toEqual({ categories: ['person'], noun: 'who', namedMayAnswer: true });
    expect(askedCategory('who is the governor of lombardy')).toEqual({ categories: ['person'], noun: 'who', namedMayAnswer: true });
    expect(askedCategory('who governs the region')).toEqual({ categories: ['person'], noun: 'governs', namedMayAnswer: true });
    expect(askedCategory('who leads in phones')).toBeUndefined();
  });

  it('reads no category where "what" is followed by a verb, or none is asked', () => {
    expect(askedCategory('what are regulators able to do')).toBeUndefined();
    expect(askedCategory('how much profit did acme make')).toBeUndefined();
  });

  it('is answered by a fact naming an entity of the category besides those the question names', () => {
    expect(namesCategory(['country'], ['acme', 'spain'], ['acme'], categoryOf)).toBe(true);
    expect(namesCategory(['company'], ['acme', 'spain'], ['acme'], categoryOf)).toBe(false);
    expect(namesCategory(['company'], ['acme', 'spain'], [], categoryOf)).toBe(true);
    expect(namesCategory(['agency'], ['acme', 'unknown'], [], categoryOf)).toBe(false);
  });
});
