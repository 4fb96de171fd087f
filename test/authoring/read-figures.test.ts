import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/authoring/read-figures.js';

const figuresIn = (text: string) => readFigures({ id: 's1', text }, [], []);

describe('the figures a drafted sentence states', () => {
  it('reads no figure in a rank, so "How many smartphones…?" is not answered by "the number two brand"', () => {
    expect(figuresIn('Acme passed Apple as the number two global smartphone brand.')).toEqual([]);
  });

  it("reads the article's own conversion as the same amount, so a reader can ask for it in the other currency", () => {
    const [dollars, pounds, years] = figuresIn('Acme will invest 2 billion US dollars (£1.53 billion) over five years in its plant.');
    expect(dollars).toMatchObject({ value: 2, currency: 'USD' });
    expect(pounds).toMatchObject({ value: 1.53, currency: 'GBP', measures: dollars?.measures });
    expect(years?.measures).not.toBe(dollars?.measures);
  });

  it('reads two amounts apart as measuring different things', () => {
    const [sales, profit] = figuresIn('Sales reached 100 billion US dollars and profit rose to 6.6 billion pounds.');
    expect(profit?.measures).not.toBe(sales?.measures);
  });

  it('reads a count with what it counts', () => {
    expect(figuresIn('Acme sold 200 phones.')).toEqual([expect.objectContaining({ value: 200, unit: 'phones' })]);
  });
});
