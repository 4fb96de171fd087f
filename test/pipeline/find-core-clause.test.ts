import { describe, expect, it } from 'vitest';
import { findCoreClause } from '../../src/pipeline/find-core-clause.js';

describe('find core clause', () => {
  it.each([
    ['Hi, I was reading this and wondered how much profit they made', 'how much profit they made'],
    ['Can you tell me what the report said?', 'what the report said?'],
    ['Could you please tell me why the CFO was arrested?', 'why the CFO was arrested?'],
    ["I'd like to know how revenue changed", 'how revenue changed'],
    ['So, quick question: who founded the company?', 'who founded the company?'],
    ['I read the whole article. Why was the CFO arrested?', 'Why was the CFO arrested?'],
    ['Sales were huge - but how much profit did Acme make?', 'how much profit did Acme make?'],
    ['Hello there, my dad works at Acme and he asked me where it ranks', 'where it ranks'],
    ["I'm writing a school report, could you tell me what the plant will make?", 'what the plant will make?'],
    ['Apart from the factory, what did Acme spend money on?', 'what did Acme spend money on?'],
    ['I was wondering, since Acme is British, how did its rivals react?', 'how did its rivals react?'],
    ['My colleague says Acme opened a plant; where is it?', 'Acme opened a plant; where is it?'],
    ["Sorry if this is basic, I'm new to this: what does the factory make?", 'what does the factory make?'],
    ['Just so I understand the bigger picture, why did profit fall?', 'why did profit fall?'],
    ['My boss wants a summary, so what did the report find, and did they blame Acme for it?', 'what did the report find and did they blame Acme for it?'],
    ['Thanks in advance - what does Acme say it will build, and how much will it cost?', 'what does Acme say it will build and how much will it cost?'],
    ['My editor needs me to summarise what the report found', 'what the report found'],
    ['Out of curiosity, and thinking about the wider picture, what do the workers say?', 'what do the workers say?'],
    ['Could you please tell me, in a sentence or two, what happened to the plant?', 'what happened to the plant?'],
    ['Just to get the bigger picture, where does Acme rank?', 'where does Acme rank?'],
    ['When you get a moment, could you summarise what Jane Doe said about the plant?', 'what Jane Doe said about the plant?'],
    ['Apologies for the long question, but since the plant closed, where does Acme make its parts?', 'where does Acme make its parts?'],
    ['Thanks for the help. Now, putting it simply, what did the factory cost?', 'what did the factory cost?'],
    ['Before I write my essay on this, can you remind me what Jane Doe said about the plant?', 'what Jane Doe said about the plant?'],
  ])('finds the asking clause in "%s"', (question, core) => {
    expect(findCoreClause(question).core).toBe(core);
  });

  it('keeps thanks that are the whole message whole', () => {
    expect(findCoreClause("Thanks, that's really helpful").core).toBe("Thanks, that's really helpful");
  });

  it('keeps a plain question whole', () => {
    expect(findCoreClause('How much profit did they make?')).toEqual({ core: 'How much profit did they make?', setAside: undefined });
  });

  it('keeps the clause before when the asking one refers back to it', () => {
    expect(findCoreClause('I read about the CFO. Why was she arrested?').core).toBe('I read about the CFO. Why was she arrested?');
    expect(findCoreClause('I read that Acme closed a plant; why did they do that?').core).toBe('Acme closed a plant; why did they do that?');
  });

  it("sets aside the reader's own context when the question that points back says what it asks about", () => {
    expect(findCoreClause("Hi there, I was reading about Acme's results and wondered - how much profit did they make last year?").core).toBe(
      'how much profit did they make last year?',
    );
  });

  it('keeps a clause before a comma that may hold what is asked, when the reader does not speak of themselves in it', () => {
    expect(findCoreClause('In 2018, how much did Acme sell?').core).toBe('In 2018, how much did Acme sell?');
  });

  it('keeps a message with one word after the preamble whole, unless that word asks', () => {
    expect(findCoreClause('Hi, thanks').core).toBe('Hi, thanks');
    expect(findCoreClause('Tell me about Acme').core).toBe('Tell me about Acme');
    expect(findCoreClause('Thanks. Why?').core).toBe('Why?');
  });
});
