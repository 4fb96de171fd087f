/**
 * Follow-up stage: reads a question against the conversation so far.
 * "What did he say about backdoors?" names Guo Ping; "Why?" asks about the
 * last fact; "How much is that in pounds?" converts the last figure;
 * "And profit?" is a fragment that favours the last topic; "And Guo?" after
 * "What did Ren say?" asks the last question again about Guo.
 */
import type { ConversationContext } from '../conversation/session-store.js';
import type { LexiconEntity } from '../knowledge/schemas.js';
import type { Normalize } from './normalize.js';
import { asksYesOrNo } from './answer-type.js';
import { verbOfSayingAt } from './verbs-of-saying.js';
import type { AnswerType, Currency, NormalizedQuestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export type FollowUp =
  | { readonly kind: 'none' }
  | { readonly kind: 'pronoun'; readonly entity: string }
  | { readonly kind: 'fragment' }
  | { readonly kind: 'ellipsis'; readonly entity: string; readonly replaces: string }
  | { readonly kind: 'aspect'; readonly factId: string; readonly type: AnswerType }
  | { readonly kind: 'conversion'; readonly factId: string | undefined; readonly currency: Currency };

export interface ResolvedQuestion {
  readonly question: NormalizedQuestion;
  readonly followUp: FollowUp;
  /** Facts already given that the question asks past ("What else?", "Anything more?"). */
  readonly given: readonly string[];
}

// Words a conversion request adds around the currency: "how much is that in pounds", "convert it to sterling".
const CONVERSION_STEMS = new Set(['pound', 'dollar', 'euro', 'convert', 'convers', 'figur', 'amount', 'number', 'sum', 'express', 'currenc', 'worth', 'valu']);
const FRAGMENT_OPENERS = [/^and\b/, /^(what|how) about\b/, /^what of\b/, /^also\b/, /^plus\b/];
const PRONOUNS: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['he', 'he'],
  ['him', 'he'],
  ['his', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['hers', 'she'],
]);

export interface FollowUpTools {
  readonly normalize: Normalize;
  readonly vocabulary: Vocabulary;
  /** The entity the article is about: naming it names no new topic ("Why did it say that about Acme?"). */
  readonly subject: string;
  /** Whether a fact's vocabulary holds a stem. */
  readonly factKnows: (factId: string, term: string) => boolean;
  /** Whose words a fact reports (its `speakers`). */
  readonly speakersOf: (factId: string) => readonly string[];
}

// Pronouns for a speaker that is not a person: an agency, a country, the carriers.
const NEUTER_PRONOUNS = new Set(['it', 'they']);

// "Why did it rise?": a pronoun pointing back at the thing just discussed.
const BACK_REFERENCES = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these']);

export function resolveFollowUp(question: NormalizedQuestion, context: ConversationContext | undefined, tools: FollowUpTools): ResolvedQuestion {
  const given = context !== undefined && asksForMore(question) ? (context.answered ?? []) : [];
  return { ...resolve(question, context, tools, given.length > 0), given };
}

/**
 * Whether a question means something only after the one before it: a
 * pronoun or a word pointing back with nobody named ("What did he say?",
 * "Why did it rise?"), a fragment ("And profit?"), or a word or two naming
 * nothing ("Why?", "When exactly?").
 */
export function dependsOnContext(question: NormalizedQuestion): boolean {
  const refers = pointsBack(question) || question.words.some((word) => PRONOUNS.has(word));
  const namesNothing = question.entities.length === 0;
  const fragment = FRAGMENT_OPENERS.some((opener) => opener.test(question.text));
  const bare = question.topicTerms.length === 0 || question.words.length <= 2;
  return fragment || (namesNothing && (refers || bare));
}

/** Whether every topic word of the question is one the fact already holds (true of a question with none). */
export function saysNothingNewOf(question: NormalizedQuestion, factId: string, factKnows: FollowUpTools['factKnows']): boolean {
  return question.topicTerms.every((term) => factKnows(factId, term));
}

/** Whether the question holds a word pointing back at what was just discussed ("Why did it rise?"). */
export function pointsBack(question: NormalizedQuestion): boolean {
  return question.words.some((word) => BACK_REFERENCES.has(word));
}

// "What else?", "tell me more", "anything further?": something not said yet.
const MORE_WORDS = new Set(['else', 'more', 'other', 'others', 'another', 'further', 'additional']);

/**
 * Whether the question asks for more on what was discussed, naming no topic of its own. "What else
 * did Beijing do?" names one, and the sentence just quoted may well be its answer.
 */
function asksForMore(question: NormalizedQuestion): boolean {
  return question.topicTerms.length === 0 && question.words.some((word) => MORE_WORDS.has(word));
}

/** The question re-read with `entity`'s name for the words `replaced` picks (the pronouns for it). */
function naming(
  entity: LexiconEntity | undefined,
  question: NormalizedQuestion,
  replaced: (word: string, i: number) => boolean,
  normalize: Normalize,
): Omit<ResolvedQuestion, 'given'> | undefined {
  const name = entity?.aliases[0];
  if (entity === undefined || name === undefined) return undefined;
  const rewritten = question.words.map((word, i) => (replaced(word, i) ? name : word)).join(' ');
  return { question: normalize(rewritten), followUp: { kind: 'pronoun', entity: entity.id } };
}

function resolve(question: NormalizedQuestion, context: ConversationContext | undefined, tools: FollowUpTools, wantsNew: boolean): Omit<ResolvedQuestion, 'given'> {
  const { normalize, vocabulary, factKnows, subject } = tools;
  const onlySubject = question.entities.every((entity) => entity === subject);
  const currency = question.currencies[0];
  const otherTopics = question.topicTerms.filter((term) => !CONVERSION_STEMS.has(term) && !/^\d/.test(term));
  if (currency !== undefined && otherTopics.length === 0) {
    return { question, followUp: { kind: 'conversion', factId: context?.factId, currency } };
  }
  if (context === undefined) return { question, followUp: { kind: 'none' } };
  const askedAgain = askingAgainAbout(question, context, tools);
  if (askedAgain !== undefined) return askedAgain;

  const { factId } = context;
  const noTopic = question.topicTerms.length === 0 && onlySubject;
  // "Why does he like it?": "it" is what the last answer said, so the question asks why of that answer
  // (below), whoever "he" is. "Where did he say it?" asks about his saying it, which his name finds.
  const asksWhyOfLast = factId !== undefined && !wantsNew && question.answerType === 'reason' && noTopic && pointsBack(question);
  const namesSomeone = question.entities.some((id) => vocabulary.entities.get(id)?.category === 'person');
  const pronoun = question.words.map((word) => PRONOUNS.get(word)).find((p) => p !== undefined);
  if (pronoun !== undefined && !namesSomeone && !asksWhyOfLast) {
    const people = context.people.map((id) => vocabulary.entities.get(id));
    // A person the article never calls "he" or "she" may be either (a drafted knowledge base knows only what the text shows).
    const person = people.find((entity) => entity?.pronoun === pronoun) ?? people.find((entity) => entity !== undefined && entity.pronoun === undefined);
    const named = naming(person, question, (word) => PRONOUNS.get(word) === pronoun, normalize);
    if (named !== undefined) return named;
  }

  // "What did it say about Huawei?" after the NCSC's finding: "it" is whoever the last answer quoted.
  const sayAt = verbOfSayingAt(question.words);
  const neuterAt = question.words.findIndex((word) => NEUTER_PRONOUNS.has(word));
  if (factId !== undefined && neuterAt >= 0 && neuterAt < sayAt && onlySubject) {
    const speaker = tools.speakersOf(factId).map((id) => vocabulary.entities.get(id)).find((entity) => entity !== undefined && entity.category !== 'person');
    const named = naming(speaker, question, (_, i) => i === neuterAt, normalize);
    if (named !== undefined) return named;
  }

  // "Who else?" asks past the last fact, not about it.
  if (factId !== undefined && !wantsNew) {
    const restates =
      question.words.length <= 8 &&
      pointsBack(question) &&
      saysNothingNewOf(question, factId, factKnows);
    // "Was that up?", "Did it rise?": a yes or no about what the last answer said, which that answer settles.
    const checksLast = question.answerType === 'any' && restates && asksYesOrNo(question.text);
    if ((question.answerType !== 'any' && (noTopic || restates)) || checksLast) return { question, followUp: { kind: 'aspect', factId, type: question.answerType } };
  }
  const short = question.words.length <= 5;
  const aboutTheLast = pointsBack(question) && question.topicTerms.length <= 2;
  if (aboutTheLast || (short && (FRAGMENT_OPENERS.some((opener) => opener.test(question.text)) || question.topicTerms.length <= 2))) {
    return { question, followUp: { kind: 'fragment' } };
  }
  return { question, followUp: { kind: 'none' } };
}

/**
 * "And Guo?" after "What did Ren Zhengfei say?": a fragment naming nothing but an entity asks the
 * last question again with that entity in place of the one it named of the same kind (a person
 * for a person, a country for a country). The article's subject is never the one replaced: naming
 * it names no topic.
 */
function askingAgainAbout(question: NormalizedQuestion, context: ConversationContext, tools: FollowUpTools): Omit<ResolvedQuestion, 'given'> | undefined {
  const { normalize, vocabulary, subject } = tools;
  const [named, ...others] = question.entities.filter((id) => id !== subject);
  const entity = named === undefined ? undefined : vocabulary.entities.get(named);
  if (others.length > 0 || entity === undefined || context.question === undefined || !namesOnly(question, entity)) return undefined;
  const before = normalize(context.question);
  // Where the last question names an entity of the same kind, as the normaliser matched its aliases.
  const replaced = [...vocabulary.entityAliases.matches(before.words)].find(({ value }) => value !== subject && value !== entity.id && vocabulary.entities.get(value)?.category === entity.category);
  const name = entity.aliases[0];
  if (replaced === undefined || name === undefined) return undefined;
  const rewritten = [...before.words.slice(0, replaced.start), name.toLowerCase(), ...before.words.slice(replaced.start + replaced.length)].join(' ');
  return { question: normalize(rewritten), followUp: { kind: 'ellipsis', entity: entity.id, replaces: replaced.value } };
}

/** Whether the question is a fragment that, past its opener ("and", "what about"), says the entity's name and no more. */
function namesOnly(question: NormalizedQuestion, entity: LexiconEntity): boolean {
  const opener = FRAGMENT_OPENERS.find((pattern) => pattern.test(question.text));
  const rest = opener === undefined ? question.text : question.text.replace(opener, '');
  const restWords = rest.split(' ').filter((word) => word !== '').length;
  const nameWords = Math.max(...entity.aliases.map((alias) => alias.split(' ').length));
  // One word more for "the" or a title ("the Chinese government", "Mr Guo").
  return question.answerType === 'any' && restWords > 0 && restWords <= nameWords + 1 && question.terms.every((term) => question.nameTerms.includes(term));
}

/** The follow-up in words, for the explain view. */
export function describeFollowUp(followUp: FollowUp, given: readonly string[]): string {
  const more = given.length > 0 ? ', asks for more' : '';
  switch (followUp.kind) {
    case 'none':
      return `none${more}`;
    case 'pronoun':
      return `pronoun for ${followUp.entity}`;
    case 'aspect':
      return `asks ${followUp.type} of ${followUp.factId}`;
    case 'conversion':
      return `converts to ${followUp.currency}`;
    case 'fragment':
      return `fragment of the last question${more}`;
    case 'ellipsis':
      return `the last question again, about ${followUp.entity} instead of ${followUp.replaces}`;
  }
}
