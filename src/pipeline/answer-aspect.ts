/**
 * Follow-up stage for "Why?", "When was that?" and the like after an answer:
 * the last fact answers if it can give that kind of answer, or else a fact
 * of its intent built on the same sentence ("We welcome the EU's attitude"
 * is explained by the fact quoting why). No new topic is searched: the
 * conversation already established it.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge.js';
import type { Fact } from '../knowledge/schemas.js';
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
  return knowledge.facts.find((fact) => fact.intent === lastFact.intent && sentence !== undefined && fact.citations.includes(sentence) && canAnswer(fact, type));
}
