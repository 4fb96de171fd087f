import { describe, expect, it } from 'vitest';
import { readModality, reportsWhatIsAsked } from '../../src/pipeline/read-modality.js';

describe('read modality', () => {
  it.each([
    ['Did sales rise?', 'statement'],
    ['Can you tell me what the report said?', 'statement'],
    ['Could you explain why profit fell?', 'statement'],
    ['Why would it do that?', 'statement'],
    ['Will the curbs be lifted?', 'prediction'],
    ['Who will win the 5G race?', 'prediction'],
    ["Sales won't fall next year, will they?", 'prediction'],
    ['Is the company going to sue?', 'prediction'],
    ['Did the schools pay in the end?', 'prediction'],
    ['What would happen if the ban went ahead?', 'hypothetical'],
    ['What if the factory closed?', 'hypothetical'],
    ['Could the flaws leave systems open to hackers?', 'possibility'],
    ['May the ban be lifted?', 'possibility'],
    ['Was she arrested in May?', 'statement'],
    ['Is it a good investment?', 'advice'],
    ['Should I buy one?', 'advice'],
    ['Would you recommend their phones?', 'advice'],
    ['Do you trust them?', 'opinion'],
    ['What do you think of the company?', 'opinion'],
    ["What's your view on the ban?", 'opinion'],
    ['What’s your take on the company?', 'opinion'],
    ["What's your favourite phone brand?", 'opinion'],
    ['How do I reset my router?', 'advice'],
    ['Is Acme better than its rivals?', 'opinion'],
    ['Which phone is the best?', 'opinion'],
    ['Which is better, the old tax or the new one?', 'opinion'],
    ['Is it fair to tax schools?', 'opinion'],
    ['Which units did best last year?', 'statement'],
    ['How did Acme do better than expected?', 'statement'],
  ] as const)('reads "%s" as a %s', (question, modality) => {
    expect(readModality(question, false)).toBe(modality);
  });

  it('reads a forecast someone is asked to have made as a question of fact, whether it names them or asks who', () => {
    expect(readModality('Does Guo think sales will rise?', true)).toBe('statement');
    expect(readModality('Who said a discussion table would be opened?', false)).toBe('statement');
    expect(readModality('What did the minister predict would happen to the schools?', false)).toBe('statement');
    expect(readModality('Will sales rise, as Guo said?', false)).toBe('prediction');
  });

  it('never lets an advice question be read as a reported view', () => {
    expect(readModality('Should I trust what Guo said?', true)).toBe('advice');
  });

  it('lets only a fact reporting a forecast answer a prediction, and nothing answer the bot\'s own opinion', () => {
    expect(reportsWhatIsAsked('prediction', ['forecast'])).toBe(true);
    expect(reportsWhatIsAsked('prediction', ['view'])).toBe(false);
    expect(reportsWhatIsAsked('possibility', ['consequence'])).toBe(true);
    expect(reportsWhatIsAsked('opinion', ['view', 'forecast', 'consequence', 'advice'])).toBe(false);
    expect(reportsWhatIsAsked('statement', [])).toBe(true);
  });
});
