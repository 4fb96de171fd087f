import { describe, expect, it } from 'vitest';
import { httpWorkloads, requestBody } from '../../bench/http-workloads.js';

const set = {
  single: [{ q: 'a?' }, { q: 'b?' }, { q: 'd1?' }],
  dialogs: [
    { name: 'first', turns: [{ q: 'd1?' }, { q: 'd2?' }] },
    { name: 'second', turns: [{ q: 'e1?' }, { q: 'e2?' }, { q: 'e3?' }] },
  ],
};
const [openers, conversations, mixed] = httpWorkloads(set);

describe('the HTTP workloads', () => {
  it('asks every single question and dialog opener once, without a session', () => {
    expect(openers?.steps).toEqual([{ question: 'a?' }, { question: 'b?' }, { question: 'd1?' }, { question: 'e1?' }]);
    expect(JSON.parse(requestBody(openers!.steps[0]!, 'r1'))).toEqual({ question: 'a?' });
  });

  it('walks each dialog in order, each dialog its own conversation', () => {
    expect(conversations?.steps.map((step) => `${step.conversation} ${step.question}`)).toEqual(['d0 d1?', 'd0 d2?', 'd1 e1?', 'd1 e2?', 'd1 e3?']);
  });

  it('gives a reader’s turns of one conversation one session id, and another reader another', () => {
    const [first, second] = conversations!.steps;
    const sessionOf = (body: string) => (JSON.parse(body) as { sessionId: string }).sessionId;
    expect(sessionOf(requestBody(first!, 'r1'))).toBe(sessionOf(requestBody(second!, 'r1')));
    expect(sessionOf(requestBody(first!, 'r1'))).not.toBe(sessionOf(requestBody(first!, 'r2')));
  });

  it('mixes every evaluation question, each in a conversation', () => {
    expect(mixed?.steps).toHaveLength(set.single.length + 5);
    expect(mixed?.steps.every((step) => step.conversation !== undefined)).toBe(true);
  });
});
