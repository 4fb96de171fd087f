import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/authoring/read-figures.js';

const figuresIn = (text: string) => readFigures({ id: 's1', text }, [], []);

describe('the figures a drafted sentence states', () => {
  it('reads no figure in a rank, so "How many smartphones…?" is not answered by "the number two brand"', () => {
    expect(figuresIn('Acme passed Apple as the number two global smartphone brand.')).toEqual([]);
  });

  it('reads a count with what it counts', () => {
    expect(figuresIn('Acme sold 200 phones.')).toEqual([expect.objectContaining({ value: 200, unit: 'phones' })]);
  });
});
