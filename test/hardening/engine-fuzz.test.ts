/**
 * Property test: 10,000 generated hostile questions through the real engine.
 * It never throws, and every response keeps the API contract: exactly the
 * documented fields, sane values, and citations that are exact article text
 * at their stated offsets, and it survives JSON unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realBot } from '../support/real-bot.js';
import { contractProblems } from './support/api-contract.js';
import { hostileQuestion } from './support/hostile-questions.js';

describe('the engine under 10,000 hostile questions', () => {
  const { engine } = realBot();

  it('never throws and always answers within the API contract', { timeout: 300_000 }, async () => {
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(hostileQuestion, fc.option(fc.constantFrom('fuzz-a', 'fuzz-b', 'fuzz-c'), { nil: undefined }), async (question, sessionId) => {
        const response = await engine.ask({ question, sessionId, channel: 'http' });
        const problems = contractProblems(JSON.parse(JSON.stringify(response)), engine.knowledge, sessionId);
        if (problems.length > 0) throw new Error(`${JSON.stringify(question)} → ${problems.join('; ')}`);
        asked += 1;
      }),
      { numRuns: 10_000 },
    );
    expect(asked).toBe(10_000);
  });
});
