import { describe, expect, it } from 'vitest';
import { nameMentions } from '../../src/authoring/extract-entities.js';

const categoryOf = (sentence: string, name: string) => nameMentions(sentence).find((mention) => mention.name === name)?.category;

describe('the kind of entity a drafted name is', () => {
  it('reads a name right after a noun for a kind of institution as one, whatever the tagger reads in it', () => {
    expect(categoryOf('The court ruled on the religious schools Santo Spirito and Immacolata in Leeds.', 'Santo Spirito')).toBe('organisation');
  });

  it('still reads a person named after a verb as a person', () => {
    expect(categoryOf('The schools hired John Smith last year.', 'John Smith')).toBe('person');
  });
});
