import { describe, expect, it } from 'vitest';
import { askedExpansion, spellsOut } from '../../src/pipeline/acronyms.js';

describe('a question about what letters stand for', () => {
  it('asks for the expansion of a short form the question names', () => {
    expect(askedExpansion('What does NCSC stand for?', ['national cyber security centre', 'ncsc'])).toBe('ncsc');
    expect(askedExpansion('what is ici short for', ['ici'])).toBe('ici');
  });

  it('asks for none when the question asks something else or names no short form', () => {
    expect(askedExpansion('What did the NCSC say?', ['ncsc'])).toBeUndefined();
    expect(askedExpansion('What does the agency stand for?', ['national cyber security centre'])).toBeUndefined();
  });

  it('is answered by a sentence naming the initials in full, skipping small words', () => {
    expect(spellsOut("Britain's National Cyber Security Centre accused the firm", 'ncsc')).toBe(true);
    expect(spellsOut('agents of the Federal Bureau of Investigation arrived', 'fbi')).toBe(true);
  });

  it('is answered by a sentence setting the two side by side, whatever the order of the initials', () => {
    expect(spellsOut('The secretary general of CEI (Italian Episcopal Conference) said', 'cei')).toBe(true);
    expect(spellsOut('Italian Episcopal Conference (CEI)', 'cei')).toBe(true);
    expect(spellsOut('developing fifth-generation, or 5G, technology', '5g')).toBe(true);
  });

  it('is not answered by a sentence that only uses the short form', () => {
    expect(spellsOut('The tax changed from the ICI system to the IMU system.', 'ici')).toBe(false);
    expect(spellsOut('Italian Citizens Institute members', 'ics')).toBe(false);
  });
});
