/**
 * The engine's behaviour, written once over whatever article it is given
 * (as hono runs one router suite against every router): each case is built
 * from the article's own knowledge (its subject, people, profiles, figures),
 * so it holds for the Huawei article, the Italy article, the Acme fixture and
 * an article nobody here has seen alike. A case the article has no material
 * for is skipped, never faked.
 */
import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/conversation/session-store.js';
import type { KnowledgeBase } from '../../src/knowledge/load-knowledge.js';
import type { Fact } from '../../src/knowledge/schemas.js';
import { createEngine, type Engine } from '../../src/pipeline/answer-question.js';
import type { AskResponse } from '../../src/pipeline/types.js';

const WH_WORDS = { time: /^when\b/i, place: /^where\b/i, person: /^who\b/i, reason: /^why\b/i, quantity: /^how (much|many)\b/i } as const;
const CURRENCY_WORDS = { USD: 'dollars', GBP: 'pounds', EUR: 'euros', CNY: 'yuan' } as const;

export function describeEngineBehaviour(name: string, knowledge: KnowledgeBase): void {
  const engine = createEngine(knowledge, { sessions: new MemorySessionStore({ maxSessions: 1_000, ttlMs: 60_000 }) });
  const { lexicon, facts } = knowledge;
  const entity = (id: string) => lexicon.entities.find((candidate) => candidate.id === id);
  const subject = entity(lexicon.subject);
  const people = lexicon.entities.filter((candidate) => candidate.category === 'person');
  const spokenBy = (id: string) => facts.filter((fact) => fact.speakers?.includes(id));
  const citesOneOf = (response: AskResponse | undefined, allowed: readonly Fact[]) =>
    expect(response?.citations[0]?.id, response?.answer).toBeOneOf(allowed.flatMap((fact) => fact.citations));

  describe(`the engine over ${name}`, () => {
    describe('its subject', () => {
      const fact = facts.find((candidate) => candidate.numbers !== undefined && candidate.entities.includes(lexicon.subject) && asked(candidate, subject?.aliases ?? []) !== undefined);
      const question = fact === undefined ? undefined : asked(fact, subject?.aliases ?? []);
      it.skipIf(question === undefined)('answers a question about the subject whether the subject is named or not', async () => {
        const named = await ask(engine, question!);
        citesOneOf(named, [fact!]);
        const unnamed = await ask(engine, withoutName(question!, subject?.aliases ?? []));
        citesOneOf(unnamed, [fact!]);
      });

      it.skipIf(subject?.profile === undefined)("gives the subject's profile when only the subject is named", async () => {
        citesOneOf(await ask(engine, `Tell me about ${display(subject!.aliases)}`), facts.filter((f) => f.id === subject?.profile));
      });
    });

    const speakers = people.filter((person) => spokenBy(person.id).length > 0);
    it.skipIf(speakers.length === 0)('quotes what a person said, and only their words', async () => {
      for (const person of speakers) citesOneOf(await ask(engine, `What did ${display(person.aliases)} say?`), spokenBy(person.id));
    });

    const profiled = lexicon.entities.filter((candidate) => candidate.profile !== undefined);
    it.skipIf(profiled.length === 0)("gives an entity's profile for 'Who is …?' or 'Tell me about …'", async () => {
      for (const candidate of profiled) {
        const opener = candidate.category === 'person' ? 'Who is' : 'Tell me about';
        citesOneOf(await ask(engine, `${opener} ${display(candidate.aliases)}?`), facts.filter((f) => f.id === candidate.profile));
      }
    });

    for (const [kind, pattern] of Object.entries(WH_WORDS)) {
      const fact = facts.find((candidate) => candidate.answers.includes(kind as Fact['answers'][number]) && candidate.questions.some((q) => pattern.test(q)));
      it.skipIf(fact === undefined)(`answers a ${kind} question with the fact that gives one`, async () => {
        citesOneOf(await ask(engine, fact!.questions.find((q) => pattern.test(q))!), [fact!]);
      });
    }

    const pronounPerson = speakers.find((person) => person.pronoun !== undefined);
    it.skipIf(pronounPerson === undefined)('follows a pronoun back to the person last discussed', async () => {
      const opener = spokenBy(pronounPerson!.id).map((fact) => asked(fact, pronounPerson!.aliases)).find((question) => question !== undefined);
      const [, followUp] = await converse(engine, opener ?? `What did ${display(pronounPerson!.aliases)} say?`, `What did ${pronounPerson!.pronoun} say?`);
      citesOneOf(followUp, spokenBy(pronounPerson!.id));
    });

    const figures = facts.filter((fact) => fact.answers.includes('quantity') && fact.keywords.length > 0 && fact.questions.some((q) => WH_WORDS.quantity.test(q)));
    const [first, second] = figures;
    const elided = second?.keywords.find((keyword) => !first?.keywords.includes(keyword) && !facts.some((f) => f !== second && f.keywords.includes(keyword)));
    it.skipIf(elided === undefined)('reads a fragment after an answer as the same question about something else', async () => {
      const [, fragment] = await converse(engine, first!.questions.find((q) => WH_WORDS.quantity.test(q))!, `And ${elided}?`);
      citesOneOf(fragment, [second!]);
    });

    const converted = facts.find((fact) => new Set(fact.numbers?.map((number) => number.currency).filter(Boolean)).size > 1 && fact.questions.some((q) => WH_WORDS.quantity.test(q)));
    it.skipIf(converted === undefined)('converts a figure with the rate the article itself gives', async () => {
      const other = converted!.numbers?.map((number) => number.currency).find((currency) => currency !== 'USD') ?? 'GBP';
      const [, conversion] = await converse(engine, converted!.questions.find((q) => WH_WORDS.quantity.test(q))!, `How much is that in ${CURRENCY_WORDS[other]}?`);
      citesOneOf(conversion, [converted!]);
    });

    const person = people[0];
    it.each([
      'What will the weather be like tomorrow?',
      ...(person === undefined ? [] : [`What did ${display(person.aliases)} eat for breakfast?`, `How tall is ${display(person.aliases)}?`]),
      ...(subject === undefined ? [] : [`What is the phone number of ${display(subject.aliases)}'s head office?`]),
    ])('says the article does not say, quoting nothing: %s', async (question) => {
      expect(await ask(engine, question)).toMatchObject({ fallback: true, citations: [] });
    });

    it('answers small talk with no quote, at the start of a conversation and after an answer', async () => {
      const opener = facts[0]?.questions[0] ?? 'hello';
      const [hello, , thanks, help] = await converse(engine, 'hello', opener, 'thanks', 'help');
      for (const reply of [hello, thanks, help]) expect(reply).toMatchObject({ fallback: false, citations: [] });
    });
  });
}

function ask(engine: Engine, question: string): Promise<AskResponse> {
  return engine.ask({ question });
}

let conversations = 0;
async function converse(engine: Engine, ...questions: string[]): Promise<AskResponse[]> {
  const sessionId = `behaviour-${(conversations += 1)}`;
  const responses = [];
  for (const question of questions) responses.push(await engine.ask({ question, sessionId }));
  return responses;
}

/** A fact's paraphrase that names the entity by one of its aliases. */
function asked(fact: Fact, aliases: readonly string[]): string | undefined {
  return fact.questions.find((question) => aliases.some((alias) => aliasPattern(alias).test(question)));
}

/** The question with the entity's name taken out, as a reader of this one article would ask it. */
function withoutName(question: string, aliases: readonly string[]): string {
  return aliases.reduce((text, alias) => text.replace(new RegExp(`\\b${escape(alias)}(['’]s)?\\b`, 'gi'), (_, possessive) => (possessive ? 'the' : 'it')), question);
}

function aliasPattern(alias: string): RegExp {
  return new RegExp(`\\b${escape(alias)}\\b`, 'i');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first alias is the entity's name ("guo ping"), capitalised as a reader would type it. */
function display(aliases: readonly string[]): string {
  return (aliases[0] ?? '').replace(/\b\w/g, (letter) => letter.toUpperCase());
}
