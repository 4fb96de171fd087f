import { describe, expect, it } from 'vitest';
import { unnamedMentions } from '../../src/authoring/extract-entities.js';

describe('what a sentence mentions without naming it', () => {
  it('leaves people counted by their nationality unnamed, so "Who are the two Canadians?" is refused', () => {
    expect(unnamedMentions('Beijing has detained two Canadians and blocked imports of canola.')).toContain('canadians');
  });

  it('leaves bare plurals unnamed but not the ones their kind says which', () => {
    expect(unnamedMentions('Acme lied to banks about medical devices.')).toEqual(['banks']);
  });

  it.each([
    ['Minister of Education Jane Doe said more reflection is needed.'],
    ['Also the president of the Leeds region, John Smith, has reacted.'],
    ['The secretary general of FU (Farmers Union), John Smith, called the sentence dangerous.'],
  ])('names a role whose holder stands beside it: "%s"', (sentence) => {
    expect(unnamedMentions(sentence)).toEqual([]);
  });

  it('leaves unnamed the role a named person only works for', () => {
    expect(unnamedMentions('John Smith, undersecretary to the prime minister, said so.')).toEqual(['prime', 'minister']);
    expect(unnamedMentions('The chief financial officer of Acme resigned on Monday.')).toEqual(['chief', 'financial', 'officer', 'cfo']);
  });
});
