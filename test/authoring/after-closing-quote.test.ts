import { describe, expect, it } from 'vitest';
import { afterClosingQuote } from '../../src/authoring/draft-facts.js';

describe('the attribution after a quotation', () => {
  it('is what follows the closing quote of a quotation the sentence opens', () => {
    expect(afterClosingQuote('“We welcome the decision,” said Mrs Doe.', false)).toBe('said Mrs Doe.');
  });

  it('is what follows the close of a quotation opened in an earlier sentence', () => {
    expect(afterClosingQuote('Then prices will rise," she said.', true)).toBe('she said.');
  });

  it('is empty while the quotation runs on', () => {
    expect(afterClosingQuote('"Many schools will close.', false)).toBe('');
  });
});
