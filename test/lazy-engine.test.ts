import { describe, expect, it, vi } from 'vitest';
import { createBot } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { lazyEngine } from '../src/lazy-engine.js';
import { MemorySessionStore } from '../src/conversation/session-store.js';
import { createEngine } from '../src/pipeline/answer-question.js';
import { ACME, articleRoot, HUAWEI } from './support/articles.js';

const root = articleRoot({ acme: ACME, huawei: HUAWEI });
const knowledge = createBot(loadConfig({ ...root.env, DEFAULT_ARTICLE: 'acme' })).engine.knowledge;

const trainedEngine = () => createEngine(knowledge, { sessions: new MemorySessionStore({ maxSessions: 10, ttlMs: 60_000 }) });

describe('an engine trained on its first question', () => {
  it('holds its knowledge at once and trains only when first asked, then never again', async () => {
    const train = vi.fn(trainedEngine);
    const engine = lazyEngine(knowledge, train);
    expect(engine.knowledge).toBe(knowledge);
    expect(train).not.toHaveBeenCalled();
    await engine.ask({ question: 'Where is the factory?' });
    await engine.explain({ question: 'Where is the factory?' });
    expect(train).toHaveBeenCalledTimes(1);
  });

  it('turns a failed training into a rejected answer, not a thrown one', async () => {
    const engine = lazyEngine(knowledge, () => {
      throw new Error('no classifier');
    });
    await expect(engine.ask({ question: 'Where is the factory?' })).rejects.toThrow('no classifier');
  });
});

describe('a bot of several articles', () => {
  it('answers about an article it has not trained yet, training it on that question', async () => {
    const bot = createBot(loadConfig({ ...root.env, DEFAULT_ARTICLE: 'acme' }));
    const huawei = bot.articles.find('huawei');
    const response = await huawei!.engine.ask({ question: 'How much profit did Huawei make?' });
    expect(response.citations[0]?.id).toBe('s29');
  });
});
