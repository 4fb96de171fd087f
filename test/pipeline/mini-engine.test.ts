import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/conversation/session-store.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { createEngine } from '../../src/pipeline/answer-question.js';
import { MINI } from '../evaluation/mini-knowledge.js';

// The engine knows no article: the same code answers about the fixture's "Acme" as about the real one.
const engine = createEngine(loadKnowledge(MINI), { sessions: new MemorySessionStore({ maxSessions: 10, ttlMs: 60_000 }) });

describe('an engine over another article (the Acme fixture)', () => {
  it('answers what the subject said about a topic, though its words are reported through its chief executive', async () => {
    const response = await engine.ask({ question: 'What did Acme say about profit?' });
    expect(response).toMatchObject({ fallback: false, citations: [{ id: 's3' }] });
  });

  it("gives the subject's profile for a question naming only the subject, not a fact that also mentions it", async () => {
    const response = await engine.ask({ question: 'Tell me about Acme' });
    expect(response.citations[0]?.id).toBe('s2');
  });

  it("reads \"What is Acme's profit?\" as asking for the figure", async () => {
    const { trace } = await engine.explain({ question: "What is Acme's profit?" });
    expect(trace.question.answerType).toBe('quantity');
    expect(trace.answeredBy).toBe('profit');
  });
});
