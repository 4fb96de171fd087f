import { describe, expect, it } from 'vitest';
import { detectSmallTalk } from '../../src/pipeline/detect-small-talk.js';
import { createNormalizer } from '../../src/pipeline/normalize.js';
import { buildVocabulary } from '../../src/pipeline/vocabulary.js';
import { realBot } from '../support/real-bot.js';

const normalize = createNormalizer(buildVocabulary(realBot().engine.knowledge));
/** A classifier sure the message is small talk, trained on every word of it: only the question's own reading decides. */
const sureOfSmallTalk = { knows: () => true, knowsWord: () => true };
const smallTalk = (message: string) => detectSmallTalk(normalize(message), [{ intent: 'smalltalk.capabilities', probability: 0.9 }], sureOfSmallTalk);

describe('the small-talk stage', () => {
  it.each(['thanks', 'what can you do', 'how old are you?'])('reads "%s" as small talk', (message) => {
    expect(smallTalk(message)).toBeDefined();
  });

  it.each(['how much money?', 'when?', 'where exactly?'])('reads a bare request for a figure, a date or a place, "%s", as a question about the article', (message) => {
    expect(smallTalk(message)).toBeUndefined();
  });

  it.each(['what are they for?', 'is he right?', 'what about those?'])('reads a message about someone or something else, "%s", as a question about the article', (message) => {
    expect(smallTalk(message)).toBeUndefined();
  });
});
