import { describe, expect, it } from 'vitest';
import { answerTypeOf, asksForFigure, identifiedIn } from '../../src/pipeline/answer-type.js';

const FIGURE_NOUNS = new Set(['sales', 'revenue', 'profit']);
const isFigureNoun = (word: string) => FIGURE_NOUNS.has(word);

describe('answer type', () => {
  it.each([
    ['how much profit did acme make', 'quantity'],
    ['when did sales rise', 'time'],
    ['who runs acme', 'person'],
    ['why did profit fall', 'reason'],
    ['where will acme open a factory', 'place'],
    ['how long has she led acme', 'duration'],
    ['what would a strike do to acme', 'effect'],
    ['which city is the factory in', 'city'],
    ['how did the rivals react when the plant opened', 'any'],
    ['acme opened its plant when', 'time'],
    ['does acme pick suppliers depending on where they come from', 'any'],
    ['did jane doe say when the factory opens', 'time'],
    ['what is the new factory for', 'reason'],
    ['what was jane doe praised for', 'reason'],
    ['what is the new factory for anyway', 'reason'],
    ['what reason did the company give for that', 'reason'],
    ['what explanation have officials offered', 'reason'],
    ['how tall is jane doe', 'attribute'],
    ['what colour is the logo', 'attribute'],
    ['how big were the sales', 'quantity'],
    ['tell me about acme', 'any'],
  ] as const)('reads "%s" as asking for %s', (text, type) => {
    expect(answerTypeOf(text)).toBe(type);
  });

  it('takes the first kind asked when a question asks two', () => {
    expect(answerTypeOf('who founded acme and when')).toBe('person');
  });

  it('reads "What is X\'s <noun>?" as asking for a figure when the facts measure that noun', () => {
    expect(asksForFigure('what is ericsson sales', isFigureNoun)).toBe(true);
    expect(asksForFigure('what was the profit last year', isFigureNoun)).toBe(true);
    expect(asksForFigure('what was the enterprise unit sales in dollars', isFigureNoun)).toBe(true);
    expect(asksForFigure('what is acme strategy', isFigureNoun)).toBe(false);
    expect(asksForFigure('what were the sales drivers', isFigureNoun)).toBe(false);
  });

  it('names what a "which" question asks to be identified', () => {
    const namesAThing = (word: string) => ['bank', 'banks', 'product'].includes(word);
    expect(identifiedIn('which bank did she lie to', namesAThing)).toEqual(['bank']);
    expect(identifiedIn('which canadian product was blocked', namesAThing)).toEqual(['product']);
  });
});
