import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/conversation/session-store.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { askedExpansion, spellsOut } from '../../src/pipeline/acronyms.js';
import { createEngine } from '../../src/pipeline/answer-question.js';
import { ITALY } from '../support/articles.js';

describe('a question about what letters stand for', () => {
  it('asks for the expansion of a short form the question names', () => {
    expect(askedExpansion('What does NCSC stand for?', ['national cyber security centre', 'ncsc'])).toBe('ncsc');
    expect(askedExpansion('what is ici short for', ['ici'])).toBe('ici');
    expect(askedExpansion('What does M5S stand for?', ['movimento 5 stelle', 'm5s'])).toBe('m5s');
  });

  it('asks for none when the question asks something else or names no short form', () => {
    expect(askedExpansion('What did the NCSC say?', ['ncsc'])).toBeUndefined();
    expect(askedExpansion('What does the agency stand for?', ['national cyber security centre'])).toBeUndefined();
  });

  it('is answered by a sentence naming the initials in full, skipping small words', () => {
    expect(spellsOut("Britain's National Cyber Security Centre accused the firm", 'ncsc')).toBe(true);
    expect(spellsOut('agents of the Federal Bureau of Investigation arrived', 'fbi')).toBe(true);
    expect(spellsOut('the deputies of Movimento 5 Stelle of the regional council', 'm5s')).toBe(true);
  });

  it('is answered by a sentence setting the two side by side, whatever the order of the initials', () => {
    expect(spellsOut('The secretary general of CEI (Italian Episcopal Conference) said', 'cei')).toBe(true);
    expect(spellsOut('Italian Episcopal Conference (CEI)', 'cei')).toBe(true);
    expect(spellsOut('developing fifth-generation, or 5G, technology', '5g')).toBe(true);
  });

  it('is not answered by a sentence that only uses the short form', () => {
    expect(spellsOut('The tax changed from the ICI system to the IMU system.', 'ici')).toBe(false);
    expect(spellsOut('Italian Citizens Institute members', 'ics')).toBe(false);
    expect(spellsOut('the M5S party asks the regional government', 'm5s')).toBe(false);
  });
});

describe('the engine asked what a short form stands for', () => {
  it("cites the sentence spelling it out, not the entity's profile that only uses it", async () => {
    const italy = createEngine(loadKnowledge(ITALY), { sessions: new MemorySessionStore({ maxSessions: 10, ttlMs: 60_000 }) });
    expect((await italy.ask({ question: 'What does M5S stand for?' })).citations[0]?.text).toContain('Movimento 5 Stelle (M5S)');
  });
});
