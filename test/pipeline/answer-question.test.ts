import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/conversation/session-store.js';
import { createEngine } from '../../src/pipeline/answer-question.js';
import { realBot } from '../support/real-bot.js';

const { engine } = realBot();
let conversation = 0;

/** Asks questions in one new conversation and returns every response. */
async function converse(...questions: string[]) {
  const sessionId = `test-${(conversation += 1)}`;
  const responses = [];
  for (const question of questions) responses.push(await engine.ask({ question, sessionId }));
  return responses;
}

const firstCitation = (response: { citations: readonly { id: string }[] }) => response.citations[0]?.id;

/** Asks `question` in a new conversation and expects the answer to quote `sentence` first. */
async function expectFirstCitation(question: string, sentence: string) {
  const [response] = await converse(question);
  expect(firstCitation(response!)).toBe(sentence);
}

async function expectFallback(question: string) {
  const [response] = await converse(question);
  expect(response).toMatchObject({ fallback: true, citations: [] });
}

describe('answering questions about the article', () => {
  it('answers with the sentence that states the answer, quoted exactly', async () => {
    const [response] = await converse('How much profit did Huawei make?');
    expect(response).toMatchObject({ fallback: false, intent: 'finance.profit' });
    expect(response?.answer).toContain('8.6 billion');
    const citation = response?.citations[0];
    expect(citation?.id).toBe('s29');
    expect(engine.knowledge.article.slice(citation?.start, citation?.end)).toBe(citation?.text);
  });

  it.each([
    ["Did Huawei's sales fall?", 's27'],
    ['Did network gear sales decline?', 's28'],
  ])('answers whether a figure fell with the sentence that says how it moved: %s', expectFirstCitation);

  it('understands typos, synonyms and currency forms', async () => {
    for (const question of ['How much proffit did hauwei make?', 'what were huawei earnings', 'Did sales top $100bn?', 'Why was the finance chief arested?']) {
      const [response] = await converse(question);
      expect(response?.fallback, question).toBe(false);
    }
  });

  it.each(['When was Huawei founded?', 'How many employees does Huawei have?', "What is Samsung's revenue?", 'How old is Guo Ping?', "What's the weather in Paris?", 'How much did Huawei invest in 5G?', "What is the CFO's nationality?", 'How much did Ericsson sell last year?', 'How much did Ericsson make?', 'How long has Guo been deputy chairman?', 'Is Huawei owned by the Chinese state?', 'What did Theresa May say about Huawei?', 'When was the article published?', 'Is Huawei going to sue the US government?', 'Which bank did the CFO lie to?', 'Which carriers complain?', 'What percentage of the smartphone market does Huawei have?', "What is Huawei's tax rate?", "What is Ericsson's revenue?", "How many engineers work on Huawei's software?"])(
    'falls back without citations when the article does not say: %s',
    async (question) => {
      const [response] = await converse(question);
      expect(response).toMatchObject({ fallback: true, citations: [] });
      expect(response?.answer).toMatch(/doesn't say/);
      expect(response?.suggestions.length).toBeGreaterThan(0);
      expect(response?.suggestions.length).toBeLessThanOrEqual(3);
    },
  );

  it.each([
    ['What did Guo say about backdoors?', 's11'],
    ['What did Ren Zhengfei tell reporters?', 's25'],
    ['What did the British report say about Huawei?', 's3'],
    ['Who thinks the Trump administration is exaggerating?', 's24'],
  ])('answers what someone said from a sentence reporting their words: %s', expectFirstCitation);

  it.each(['What did Apple say about Huawei?', 'What did Trump say about Huawei?', 'What does the EU think of Huawei?', 'What did the CFO say?'])(
    'says the article does not say when it only mentions whom the question asks the words of: %s',
    expectFallback,
  );

  it.each([
    ['Tell me about Apple', 's18'],
    ['What about Ericsson?', 's18'],
    ['tell me about Belgium', 's21'],
  ])('answers a question that names only a rarely mentioned entity: %s', expectFirstCitation);

  it.each(['What were the sales?', 'Tell me about sales', "What are Huawei's sales?"])(
    'answers a question about one topic from the fact about just that topic, not one that also mentions it: %s',
    (question) => expectFirstCitation(question, 's4'),
  );

  it('answers a count of what a figure counts, though the question names nothing else', async () => {
    const [response] = await converse('How many Canadians?');
    expect(firstCitation(response!)).toBe('s16');
    expect(response?.answer).toContain('two Canadians');
  });

  it.each([
    ['Who blamed a lull in carrier investment?', 's30'],
    ['Which officials think the US is exaggerating?', 's24'],
    ['Who expressed confidence about 5G sales?', 's31'],
  ])('answers who or which when the article identifies them, though it leaves others unnamed: %s', expectFirstCitation);

  it('answers each of two questions asked at once, the first first, and the next question in the context of the second', async () => {
    const [both, followUp] = await converse('What did Guo say about backdoors and how much profit did Huawei make?', 'How much is that in pounds?');
    expect(both?.citations.map((citation) => citation.id)).toEqual(['s11', 's29']);
    expect(both?.answer).toMatch(/backdoors.*8\.6/s);
    expect(followUp?.answer).toContain('£');
  });

  it('answers a rate with the percentage the article gives', async () => {
    await expectFirstCitation("What was Huawei's profit growth rate?", 's29');
  });

  it('answers a yes or no about one country with the sentence listing the countries, but no comparison of two', async () => {
    await expectFirstCitation('Has Huawei opened a testing centre in France?', 's21');
    await expectFallback('Is Ericsson bigger than Samsung?');
  });

  it('refuses a forecast for another period than the one the article reports', async () => {
    await expectFallback("What will Huawei's sales be next year?");
  });

  it('refuses "who runs…?" when the article names nobody at its head', async () => {
    await expectFallback('Who runs the National Cyber Security Centre?');
  });

  it('reads a clause that names nothing with the statement set aside before it, but not with thanks', async () => {
    await expectFirstCitation('Sales rose nearly a fifth - compared with which year?', 's27');
    await expectFirstCitation('profit was roughly nine billion dollars - what was the exact figure?', 's29');
    await expectFirstCitation('what was worth about sixty-two billion dollars', 's28');
    const [, why] = await converse('Who was arrested in Canada?', 'Thanks. Why?');
    expect(why?.answer).toContain('charges');
  });

  it('replies to small talk without citations and without falling back', async () => {
    const [hello, help] = await converse('Hello!', 'What can you do?');
    expect(hello).toMatchObject({ intent: 'smalltalk.greeting', fallback: false, citations: [] });
    expect(help).toMatchObject({ intent: 'smalltalk.capabilities', fallback: false });
  });
});

describe('follow-up questions', () => {
  it('resolves "he" to the person the conversation is about', async () => {
    const [, backdoors] = await converse('Who is Guo Ping?', 'What did he say about backdoors?');
    expect(firstCitation(backdoors!)).toBe('s11');
  });

  it('resolves "it" in "what did it say?" to the agency the last answer quoted', async () => {
    const [, said] = await converse("What's the NCSC?", 'What did it say about Huawei?');
    expect(['s6', 's7']).toContain(firstCitation(said!));
  });

  it('answers an elliptical "And profit?" in the context of the last topic', async () => {
    const [, profit] = await converse("What were Huawei's sales last year?", 'And profit?');
    expect(firstCitation(profit!)).toBe('s29');
  });

  it('answers "When?", "Where?" and "Why?" about the last fact, and says so when it does not say', async () => {
    const [, when, where, why] = await converse("Who was arrested in Canada?", 'When?', 'Where?', 'Why?');
    expect(when?.answer).toContain('December');
    expect(where?.answer).toContain('Canada');
    expect(why?.answer).toContain('lying to banks');
    const [, profitWhy] = await converse('How much profit did Huawei make?', 'Why?');
    expect(profitWhy).toMatchObject({ fallback: true, citations: [] });
  });

  it('answers "Why?" about a quote from the fact of its topic that quotes the reason', async () => {
    const [, why] = await converse('What did Guo say about the EU?', 'Why?');
    expect(why?.citations.map((citation) => citation.id)).toContain('s23');
  });

  it('dates what someone said, but not another thing they did that the article does not date', async () => {
    const [, , saidWhen] = await converse('Who is Ren Zhengfei?', 'What did he say?', 'When did he say it?');
    expect(saidWhen?.answer).toContain('earlier this year');
    const [, foundedWhen] = await converse('Who founded Huawei?', 'When did he found the company?');
    expect(foundedWhen).toMatchObject({ fallback: true, citations: [] });
  });

  it('reads "the report" in a follow-up as the one the last answer quoted', async () => {
    const [, called] = await converse('What happened to Huawei in the US?', 'What did the report call Huawei?');
    expect(firstCitation(called!)).toBe('s17');
  });

  it('answers "anything else?" with something it has not said yet in the conversation', async () => {
    const [first, more, evenMore] = await converse('What did Guo say about backdoors?', 'anything else?', 'anything else?');
    const cited = [first, more, evenMore].map((response) => firstCitation(response!));
    expect(more?.fallback).toBe(false);
    expect(new Set(cited).size).toBe(3);
  });

  it('answers "what is his job?" with who the person is, but "what role does it play?" with what it does', async () => {
    const [, job] = await converse('Who did Guo say Huawei will work with?', 'what is his job?');
    expect(job?.citations.map((citation) => citation.id)).toContain('s4');
    const [role] = await converse('What role does Huawei play in 5G?');
    expect(firstCitation(role!)).toBe('s12');
  });

  it('answers "And Guo?" after what Ren said with the words the article sets beside his', async () => {
    const [, ren, guo] = await converse('Who founded Huawei?', 'What did he say to reporters?', 'And Guo?');
    expect(firstCitation(ren!)).toBe('s25');
    expect(firstCitation(guo!)).toBe('s26');
  });

  it('answers "what is Huawei doing about it?" from what was just discussed, not with the company profile', async () => {
    const [, doing] = await converse('What did the UK cyber agency say about Huawei?', 'what is huawei doing about it');
    expect(doing?.fallback).toBe(false);
    expect(firstCitation(doing!)).not.toBe('s4');
  });

  it('answers "anything else?" with what the article says next when the next sentence carries the story on', async () => {
    const [resisted, more] = await converse('Which governments resisted US demands?', 'anything else?');
    expect(firstCitation(resisted!)).toBe('s19');
    expect(firstCitation(more!)).toBe('s20');
  });

  it('answers "Over how many years?" from the investment pledge', async () => {
    const [, years] = await converse('How much will Huawei invest in software engineering?', 'Over how many years?');
    expect(years?.answer).toContain('five years');
    expect(firstCitation(years!)).toBe('s9');
  });

  it('converts to pounds with the figure the article gives, and admits when it gives none', async () => {
    const [, sales] = await converse("What were Huawei's sales last year?", 'How much is that in pounds?');
    expect(sales?.answer).toContain('£76.6 billion');
    expect(firstCitation(sales!)).toBe('s4');
    const [, gear] = await converse('How much network gear did Huawei sell to carriers?', 'How much is that in pounds?');
    expect(gear).toMatchObject({ fallback: true, citations: [] });
  });

  it('answers a fragment that asks its own kind of question in the light of the one before, or says the article does not say', async () => {
    const [, ahead] = await converse('Where does Huawei rank among smartphone brands?', 'Who is ahead of it?');
    expect(firstCitation(ahead!)).toBe('s18');
    const [, names] = await converse('How many Canadians has Beijing detained?', 'What are their names?');
    expect(names).toMatchObject({ fallback: true, citations: [] });
  });

  it('keeps conversations apart', async () => {
    await converse('Who is Guo Ping?');
    const [alone] = await converse('What did he say about backdoors?');
    expect(firstCitation(alone!)).toBe('s11');
  });
});

describe('the answer cache for opening questions', () => {
  const fresh = (answerCacheSize: number) => createEngine(engine.knowledge, { sessions: new MemorySessionStore({ maxSessions: 100, ttlMs: 60_000 }), answerCacheSize });

  it('answers a repeated opening question from the cache, in a new session each time', async () => {
    const cached = fresh(10);
    const first = await cached.explain({ question: 'How much profit did Huawei make?' });
    const again = await cached.explain({ question: 'How much profit did Huawei make?' });
    expect(again.trace).toBe(first.trace);
    expect(again.response.sessionId).not.toBe(first.response.sessionId);
    expect(again.response.citations).toEqual(first.response.citations);
    const uncached = fresh(0);
    expect((await uncached.explain({ question: 'How much profit did Huawei make?' })).trace).not.toBe((await uncached.explain({ question: 'How much profit did Huawei make?' })).trace);
  });

  it('remembers the conversation of a cached opener, and never serves a follow-up from the cache', async () => {
    const cached = fresh(10);
    await cached.ask({ question: 'Who is Guo Ping?' });
    await cached.ask({ question: 'What did he say about backdoors?' });
    await cached.ask({ question: 'Who is Guo Ping?', sessionId: 'guo' });
    const backdoors = await cached.ask({ question: 'What did he say about backdoors?', sessionId: 'guo' });
    expect(firstCitation(backdoors)).toBe('s11');
    const [, profit] = [await cached.ask({ question: "What were Huawei's sales last year?", sessionId: 'sales' }), await cached.ask({ question: 'And profit?', sessionId: 'sales' })];
    expect(firstCitation(profit)).toBe('s29');
  });
});

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

  it('answers a request for what the bot can do in words small talk was not trained on, which the article does not use either', async () => {
    const [reply] = await converse('What are you able to help with?');
    expect(reply).toMatchObject({ intent: 'smalltalk.capabilities', citations: [] });
  });

  it('reads a message mixing kinds of small talk as small talk', async () => {
    const [, reply] = await converse('Why was the CFO arrested?', 'ok thanks');
    expect(reply).toMatchObject({ fallback: false, citations: [] });
  });

  it('reads a question about "them" after an answer as a follow-up, never as small talk about the bot', async () => {
    const [, reply] = await converse("Which countries host Huawei's testing centres?", 'what are they for?');
    expect(reply?.intent).not.toMatch(/^smalltalk\./);
    expect(reply?.citations.map((citation) => citation.id)).toEqual(['s21']);
  });

  it('keeps the conversation through small talk: a follow-up after "thanks" still follows the answer before', async () => {
    const [, , followUp] = await converse('How much profit did Huawei make?', 'thanks', 'How much is that in pounds?');
    expect(followUp?.answer).toContain('£6.6');
  });
});

describe('questions the article can only answer where it reports a forecast, consequence, view or advice', () => {
  it.each(['Is Huawei a good investment?', 'Should I buy a Huawei phone?', 'Will the curbs be lifted?', 'Who will win the 5G race?', 'Do you trust Huawei?', 'What do you think of Huawei?', 'What would happen if Britain banned Huawei?'])(
    'falls back on "%s"',
    expectFallback,
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
      'category',
      'match facts',
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
