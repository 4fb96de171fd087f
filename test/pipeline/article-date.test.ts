import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/conversation/session-store.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { createEngine } from '../../src/pipeline/answer-question.js';
import { HUAWEI, ITALY } from '../support/articles.js';

const engineOver = (location: typeof ITALY) => createEngine(loadKnowledge(location), { sessions: new MemorySessionStore({ maxSessions: 100, ttlMs: 60_000 }) });

describe('a question about the article itself', () => {
  it('is dated by the dateline its headline fact cites', async () => {
    const italy = engineOver(ITALY);
    for (const question of ['When was this article published?', 'What date is the article from?']) {
      expect((await italy.ask({ question })).citations[0]?.id, question).toBe('s2');
    }
  });

  it('gets "the article doesn\'t say" from an article with no dateline, never another fact\'s date', async () => {
    expect(await engineOver(HUAWEI).ask({ question: 'When was the article published?' })).toMatchObject({ fallback: true, citations: [] });
  });
});
