import { describe, expect, it } from 'vitest';
import { tailBreakdown } from '../../bench/measure-engine.js';

const ask = (question: string, start: number, ms: number) => ({ question, start, end: start + ms });

describe('the engine tail breakdown', () => {
  const asks = [ask('cheap', 0, 0.1), ask('cheap', 1, 2.1), ask('cheap', 3, 0.1), ask('dear', 4, 0.5), ask('dear', 5, 0.5)];
  const pauses = [{ start: 1.5, end: 3.5 }];

  it('counts the asks a pause overlapped and the pauses’ mean length', () => {
    const tail = tailBreakdown(asks, pauses);
    // The pause overlaps the second ask and the start of the third.
    expect(tail.pausedShare).toBe(2 / 5);
    expect(tail.meanPauseMs).toBe(2);
  });

  it('gives the p99 of the asks no pause landed on', () => {
    expect(tailBreakdown(asks, pauses).p99UnpausedMs).toBe(0.5);
  });

  it('costs each ask at its question’s median, so one slow ask of a cheap question does not count', () => {
    expect(tailBreakdown(asks, []).p99QuestionMedianMs).toBe(0.5);
    expect(tailBreakdown(asks, []).p99UnpausedMs).toBeCloseTo(2.1);
  });
});
