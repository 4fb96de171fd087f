import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/knowledge/segment-sentences.js';

const article = readFileSync(new URL('../../knowledge/huawei/article.txt', import.meta.url), 'utf8');
const sentences = segmentSentences(article);
const text = (id: string) => sentences.find((s) => s.id === id)?.text;

describe('segmentSentences on the article', () => {
  it('makes every sentence the exact article text between its offsets', () => {
    for (const sentence of sentences) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('numbers the headline s1 and leaves out the trailing "Read Full Story"', () => {
    expect(text('s1')).toBe('Huawei defends security record as annual sales top 100 billion dollars');
    expect(sentences.some((s) => s.text.includes('Read Full Story'))).toBe(false);
    expect(sentences).toHaveLength(31);
  });

  it('keeps "£76.6 billion", "US-Chinese" and "Mr Guo" inside their sentences', () => {
    expect(text('s4')).toMatch(/\(£76\.6 billion\) despite US pressure .* threat\.$/);
    expect(text('s14')).toMatch(/^Huawei is at the centre of US-Chinese tensions/);
    expect(text('s8')).toMatch(/^Mr Guo did not respond directly/);
  });

  it('keeps a quotation with its attribution and splits the one that follows it', () => {
    expect(text('s10')).toBe('“We prioritise cybersecurity and privacy protection even above our commercial targets,” Mr Guo said at a news conference.');
    expect(text('s22')).toBe('“We welcome the European Union’s attitude,” said Mr Guo.');
    expect(text('s23')).toBe('“They do not discriminate against vendors from any country.”');
  });

  it('ends the unpunctuated profit line at its paragraph', () => {
    expect(text('s29')).toBe('Profit rose 25.1% to 8.6 billion US dollars (£6.6 billion)');
  });

  it('does not split after a title such as Mr or an abbreviation such as U.S.', () => {
    const spans = segmentSentences('Mr. Smith met U.S. officials. They agreed.');
    expect(spans.map((s) => s.text)).toEqual(['Mr. Smith met U.S. officials.', 'They agreed.']);
  });
});
