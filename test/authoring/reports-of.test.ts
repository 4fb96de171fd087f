import { describe, expect, it } from 'vitest';
import { reportsOf } from '../../src/authoring/draft-facts.js';

describe('what a drafted fact reports', () => {
  it.each([
    ['The company will open a plant next year.', false, ['forecast']],
    ['Schools would close if the tax were raised.', false, ['consequence']],
    ['The union warned that the ban could raise prices.', false, ['consequence', 'view']],
    ['The minister urged schools to pay.', false, ['advice']],
    ['The company said the plant would create 200 jobs.', false, ['forecast', 'consequence']],
    ['Profit rose 12% last year, the company said.', true, ['view']],
  ] as const)('"%s" (a speaker named: %s) reports %j', (text, hasSpeaker, reports) => {
    expect(reportsOf(text, hasSpeaker)).toEqual(reports);
  });

  it('reports nothing for a plain statement of fact', () => {
    expect(reportsOf('Profit rose 12% to 5 million pounds last year.', false)).toEqual([]);
  });
});
