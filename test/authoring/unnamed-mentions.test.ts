import { describe, expect, it } from 'vitest';
import { unnamedMentions } from '../../src/authoring/extract-entities.js';

describe('what a sentence mentions without naming it', () => {
  it('leaves people counted by their nationality unnamed, so "Who are the two Canadians?" is refused', () => {
    expect(unnamedMentions('Beijing has detained two Canadians and blocked imports of canola.')).toContain('canadians');
  });

  it('leaves bare plurals unnamed but not the ones their kind says which', () => {
    expect(unnamedMentions('Acme lied to banks about medical devices.')).toEqual(['banks']);
  });
});
