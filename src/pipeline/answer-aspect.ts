/**
 * Follow-up stage for "Why?", "When was that?" and the like after an answer:
 * the last fact answers if it can give that kind of answer, or else a fact
 * of its intent built on the same sentence ("We welcome the EU's attitude"
 * is explained by the fact quoting why), or else a fact on the sentence that
 * carries the story on ("He said Huawei will work with regulators." — "How
 * much?" — "He noted the company has promised to invest $2bn…"). No new
 * topic is searched: the conversation already established it.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
import { CARRIES_ON_OPENERS, DEMONSTRATIVES, VERBS_AFTER_A_DEMONSTRATIVE } from '../language/en/index.js';
import { canAnswer, type Decision } from './decide.js';
import { reportsWhatIsAsked, type Modality } from './read-modality.js';
import type { ScoringConfig } from './scoring.js';
import type { AnswerType } from './types.js';

export function answerAspect(lastFact: Fact, type: AnswerType, modality: Modality, knowledge: KnowledgeBase, scoring: ScoringConfig): Decision {
  const fact = answeringFact(lastFact, type, knowledge);
  if (fact === undefined) return { kind: 'fallback', confidence: 0, reason: `${lastFact.id} does not say`, nearest: [lastFact], missing: type };
  // "Will it last?" after the sales figure asks a forecast the fact may not report.
  if (!reportsWhatIsAsked(modality, fact.reports)) return { kind: 'fallback', confidence: 0, reason: `${fact.id} does not report what is asked (${modality})`, nearest: [lastFact] };
  return { kind: 'answer', fact, aspect: type, confidence: scoring.followUpConfidence, reason: `follow-up on ${lastFact.id}` };
}

function answeringFact(lastFact: Fact, type: AnswerType, knowledge: KnowledgeBase): Fact | undefined {
  if (canAnswer(lastFact, type)) return lastFact;
  const sentence = lastFact.citations[0];
  if (sentence === undefined) return undefined;
  const sameSentence = knowledge.facts.find((fact) => fact.intent === lastFact.intent && fact.citations.includes(sentence) && canAnswer(fact, type));
  if (sameSentence !== undefined) return sameSentence;
  const next = sentenceCarryingOn(sentence, knowledge);
  return next === undefined ? undefined : knowledge.facts.find((fact) => fact.citations[0] === next && canAnswer(fact, type));
}

/** The fact on the sentence after `fact`'s when that sentence carries its story on ("It is also…"): what the article says next. */
export function continuationOf(fact: Fact, knowledge: KnowledgeBase): Fact | undefined {
  const sentence = fact.citations.at(-1);
  const next = sentence === undefined ? undefined : sentenceCarryingOn(sentence, knowledge);
  return next === undefined ? undefined : knowledge.facts.find((other) => other.citations[0] === next);
}

/**
 * The sentence after `id` when it goes on about the same thing: it opens by pointing back ("He…",
 * "That…"; "Carriers complain that would…"), or by naming again, as "the" and a common noun with no name beside it, what the sentence
 * before introduced ("…a leader in 5G." — "The technology is intended to…").
 */
function sentenceCarryingOn(id: string, knowledge: KnowledgeBase): string | undefined {
  const at = knowledge.sentences.findIndex((sentence) => sentence.id === id);
  const next = at < 0 ? undefined : knowledge.sentences[at + 1];
  const [opener, ...following] = next?.text.match(/\p{L}+/gu)?.slice(0, 4) ?? [];
  if (opener === undefined) return undefined;
  const namesAgain = opener === 'The' && following.length > 0 && following.every(isLowerCase);
  // "Carriers complain that would reduce competition": "that" is what the sentence before said.
  const standsFor = following.some((word, i) => DEMONSTRATIVES.has(word) && VERBS_AFTER_A_DEMONSTRATIVE.has(following[i + 1] ?? ''));
  return CARRIES_ON_OPENERS.has(opener.toLowerCase()) || namesAgain || standsFor ? next?.id : undefined;
}

/** "The technology is…" names again; "The secularist magazine MicroMega…" brings in someone new. */
const isLowerCase = (word: string) => word === word.toLowerCase();
