import { describe, expect, it } from 'vitest';
import { relativePeriods, statesATime } from '../../src/language/en/index.js';

describe('dating words', () => {
  it.each(['Sales rose 19.5% over 2017.', 'She was arrested in December.', 'It grew last year.', 'He spoke two weeks ago.', 'It opened in May.'])('find a time in: %s', (text) => {
    expect(statesATime(text)).toBe(true);
  });

  it.each(['Carriers complain that excluding it would raise prices.', 'Sales topped $100bn.', 'It may be lifted.', 'Sales may rise 20 percent.'])('find none in: %s', (text) => {
    expect(statesATime(text)).toBe(false);
  });
});

describe('periods counted from now', () => {
  it('are named alike however they are put', () => {
    expect(relativePeriods('Sales will take off this year, after the previous year')).toEqual(['this year', 'last year']);
    expect(relativePeriods('in the coming year')).toEqual(['next year']);
    expect(relativePeriods('in 2018')).toEqual([]);
  });
});
