import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/pipeline/split-parts.js';

describe('a question that asks two things', () => {
  it('is split where "and" or "but" opens a second question', () => {
    expect(questionParts('when did Livorno make its request and how much money was at stake?')).toEqual(['when did Livorno make its request', 'how much money was at stake?']);
    expect(questionParts('which countries refused, and why do carriers object?')).toEqual(['which countries refused', 'why do carriers object?']);
  });

  it('keeps a polite request as part of the question it asks', () => {
    expect(questionParts('can you tell me who founded it and what he said?')).toEqual(['can you tell me who founded it', 'what he said?']);
  });

  it('leaves a statement before the question out, and asks one question whole', () => {
    expect(questionParts('Huawei says it is serious about security, but how much money is it committing?')).toBeUndefined();
    expect(questionParts('Where was the CFO arrested and when?')).toBeUndefined();
    expect(questionParts('What did Guo say about sales and profit?')).toBeUndefined();
  });
});
