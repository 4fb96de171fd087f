import { describe, expect, it } from 'vitest';
import { realBot } from '../support/real-bot.js';

const { engine } = realBot();
let conversation = 0;

/** Asks questions in one new conversation and returns every response. */
async function converse(...questions: string[]) {
  const sessionId = `stages-${(conversation += 1)}`;
  const responses = [];
  for (const question of questions) responses.push(await engine.ask({ question, sessionId }));
  return responses;
}

describe('small talk in every position of a conversation', () => {
  it.each(['hello', 'ok', 'cool', 'thanks', 'bye', '?', 'help'])('replies to "%s" after an answer without quoting the article', async (message) => {
    const [answer, reply] = await converse('How much profit did Huawei make?', message);
    expect(answer?.citations[0]?.id).toBe('s29');
    expect(reply).toMatchObject({ fallback: false, citations: [] });
    expect(reply?.intent).toMatch(/^smalltalk\./);
  });

  it.each(['hello', 'ok', 'thanks', '?'])('replies to "%s" after a fallback without quoting the article', async (message) => {
    const [fallback, reply] = await converse('When will 5G launch in the UK?', message);
    expect(fallback?.fallback).toBe(true);
    expect(reply).toMatchObject({ fallback: false, citations: [] });
  });

  it.each(['help', 'what can you do', 'What can you do?'])('answers "%s" with what the bot can do', async (message) => {
    const [alone] = await converse(message);
    const [, later] = await converse('Why was the CFO arrested?', message);
    for (const reply of [alone, later]) expect(reply).toMatchObject({ intent: 'smalltalk.capabilities', citations: [] });
  });

  it('keeps the conversation through small talk: a follow-up after "thanks" still follows the answer before', async () => {
    const [, , followUp] = await converse('How much profit did Huawei make?', 'thanks', 'How much is that in pounds?');
    expect(followUp?.answer).toContain('£6.6');
  });
});

describe('questions the article can only answer where it reports a forecast, consequence, view or advice', () => {
  it.each(['Is Huawei a good investment?', 'Should I buy a Huawei phone?', 'Will the curbs be lifted?', 'Who will win the 5G race?', 'Do you trust Huawei?', 'What do you think of Huawei?', 'What would happen if Britain banned Huawei?'])(
    'falls back on "%s"',
    async (question) => {
      const [response] = await converse(question);
      expect(response).toMatchObject({ fallback: true, citations: [] });
    },
  );

  it.each([
    ['Will 5G sales take off this year?', 's31'],
    ['What would excluding Huawei do to prices?', 's20'],
    ['Will Huawei work with regulators to improve security?', 's8'],
  ])('answers "%s" from the forecast or consequence the article reports', async (question, sentence) => {
    const [response] = await converse(question);
    expect(response?.citations[0]?.id).toBe(sentence);
  });
});

describe('category questions and long-winded questions', () => {
  it.each([
    ['Which country arrested the CFO?', 's15'],
    ['Which company did Huawei overtake in smartphones?', 's18'],
    ['Which agency criticised Huawei for poor software engineering?', 's6'],
  ])('answers "%s" from the fact naming an entity of that category', async (question, sentence) => {
    const [response] = await converse(question);
    expect(response?.citations[0]?.id).toBe(sentence);
  });

  it('falls back when the article names no entity of the category asked', async () => {
    const [response] = await converse('Which city was Guo’s news conference held in?');
    expect(response?.fallback).toBe(true);
  });

  it.each([
    'Hi, I was reading this and wondered how much profit Huawei made',
    'Can you tell me how much profit Huawei made last year?',
    'I read the whole article. How much profit did Huawei make?',
  ])('answers the question inside a preamble: %s', async (question) => {
    const [response] = await converse(question);
    expect(response?.citations[0]?.id).toBe('s29');
  });
});

describe('the explain trace', () => {
  it('shows every stage that ran, in order', async () => {
    const { trace } = await engine.explain({ question: 'Hi, can you tell me which country arrested the CFO?' });
    expect(trace.stages.map((note) => note.stage)).toEqual([
      'core clause',
      'normalize',
      'small talk',
      'follow-up',
      'modality',
      'classify',
      'select intents',
      'match facts',
      'category',
      'decide',
      'compose',
    ]);
  });

  it('shows the small-talk stage deciding, and no search, for small talk', async () => {
    const { trace } = await engine.explain({ question: 'thanks' });
    expect(trace.stages.map((note) => note.stage)).toEqual(['core clause', 'normalize', 'small talk', 'compose']);
  });

  it('shows the conversion stage, and no search, for a conversion follow-up', async () => {
    await engine.ask({ question: 'How much profit did Huawei make?', sessionId: 'trace-conversion' });
    const { trace } = await engine.explain({ question: 'How much is that in pounds?', sessionId: 'trace-conversion' });
    expect(trace.stages.map((note) => note.stage)).toEqual(['core clause', 'normalize', 'small talk', 'follow-up', 'modality', 'conversion', 'compose']);
  });
});
