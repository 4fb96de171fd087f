/**
 * Turns the unanswered log into a curation to-do list: similar questions are
 * grouped, each group names the fact it came nearest to and suggests, in one
 * sentence, either adding the question as a paraphrase of that fact or
 * accepting that the article does not say. A question that leans on the one
 * before it ("What did he say?") is never proposed as a paraphrase: a fact's
 * paraphrases must make sense on their own.
 */
import { MISSING_DETAIL, type Objection } from '../pipeline/decide.js';
import type { Normalize } from '../pipeline/normalize.js';
import { dependsOnContext } from '../pipeline/resolve-follow-up.js';
import { fuzzyJaccard } from './text-similarity.js';
import type { UnansweredCandidate, UnansweredRecord } from './unanswered-log.js';

export interface GroupingOptions {
  /** Least similarity (0–1) for a question to join a group. */
  readonly minSimilarity: number;
  /** Distinct examples shown per group. */
  readonly examples: number;
}

export const DEFAULT_GROUPING: GroupingOptions = Object.freeze({ minSimilarity: 0.6, examples: 3 });

export type Suggestion =
  | { readonly kind: 'paraphrase'; readonly factId: string }
  /** `lacks`: what the nearest fact does not give ("does not say when"); absent when no fact covers the topic. */
  | { readonly kind: 'not-in-article'; readonly factId?: string; readonly lacks?: string }
  | { readonly kind: 'follow-up' };

export interface UnansweredGroup {
  readonly count: number;
  readonly examples: readonly string[];
  readonly nearestFact: UnansweredCandidate | undefined;
  readonly suggestion: Suggestion;
  readonly lastSeen: string;
}

interface Question {
  readonly text: string;
  readonly stems: ReadonlySet<string>;
  readonly records: UnansweredRecord[];
  readonly dependsOnContext: boolean;
}

/** Groups, largest first. */
export function groupUnanswered(records: readonly UnansweredRecord[], normalize: Normalize, options: GroupingOptions = DEFAULT_GROUPING): UnansweredGroup[] {
  const groups: Question[][] = [];
  for (const question of distinctQuestions(records, normalize)) {
    // Comparing with a group's first few members keeps this near-linear on a big log; similar questions share them anyway.
    const home = groups.find((group) => group.slice(0, 5).some((member) => similarity(member, question) >= options.minSimilarity));
    if (home === undefined) groups.push([question]);
    else home.push(question);
  }
  return groups.map((group) => summarise(group, options)).sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
}

/** Same normalised text, same question: "When was Huawei founded?" and "when was huawei founded". */
function distinctQuestions(records: readonly UnansweredRecord[], normalize: Normalize): Question[] {
  const byText = new Map<string, Question>();
  for (const record of records) {
    const normalized = normalize(record.question);
    const existing = byText.get(normalized.text);
    if (existing !== undefined) {
      existing.records.push(record);
      continue;
    }
    // The classifier's features (content stems plus the kind of answer asked for) and the entities named:
    // "How old is Mr Guo?" and "How old is Guo Ping?" share `old`, `?age` and `@guo-ping`.
    const stems = new Set([...normalized.features, ...normalized.entities.map((entity) => `@${entity}`)]);
    byText.set(normalized.text, { text: normalized.text, stems, records: [record], dependsOnContext: dependsOnContext(normalized) });
  }
  return [...byText.values()].sort((a, b) => b.records.length - a.records.length);
}

/**
 * Shared stems, a misspelt stem counting as shared. Stems, not whole texts:
 * "what is huawei" and "when was huawei founded" share enough letters to look alike.
 */
export function similarity(a: Pick<Question, 'stems'>, b: Pick<Question, 'stems'>): number {
  return fuzzyJaccard(a.stems, b.stems);
}

function summarise(group: readonly Question[], options: GroupingOptions): UnansweredGroup {
  const records = group.flatMap((question) => question.records);
  const nearestFact = nearest(records);
  return {
    count: records.length,
    examples: group.slice(0, options.examples).map((question) => question.records[0]?.question ?? question.text),
    nearestFact,
    suggestion: group.some((question) => question.dependsOnContext) ? { kind: 'follow-up' } : suggest(records, nearestFact),
    lastSeen: records.reduce((latest, record) => (record.time > latest ? record.time : latest), ''),
  };
}

/** The fact most often ranked first in the group, its best-scored sighting. */
function nearest(records: readonly UnansweredRecord[]): UnansweredCandidate | undefined {
  const tally = new Map<string, { count: number; best: UnansweredCandidate }>();
  for (const top of records.map((record) => record.candidates[0])) {
    if (top === undefined) continue;
    const seen = tally.get(top.factId);
    tally.set(top.factId, { count: (seen?.count ?? 0) + 1, best: seen === undefined || top.score > seen.best.score ? top : seen.best });
  }
  return [...tally.values()].sort((a, b) => b.count - a.count || b.best.score - a.best.score)[0]?.best;
}

/** Least coverage of the question's topic by the nearest fact for a paraphrase to make sense. */
const PARAPHRASE_MIN_COVERAGE = 0.5;

function suggest(records: readonly UnansweredRecord[], nearestFact: UnansweredCandidate | undefined): Suggestion {
  const answered = records.find((record) => !record.fallback)?.candidates.find((candidate) => candidate.objections.length === 0);
  if (answered !== undefined) return { kind: 'paraphrase', factId: answered.factId };
  if (nearestFact === undefined) return { kind: 'not-in-article' };
  // A paraphrase cannot fix these: the article lacks the detail.
  const missing = nearestFact.objections.find((objection) => MISSING_DETAIL.has(objection.kind));
  if (missing !== undefined) return { kind: 'not-in-article', factId: nearestFact.factId, lacks: lacking(missing) };
  if (nearestFact.coverage < PARAPHRASE_MIN_COVERAGE) return { kind: 'not-in-article' };
  return { kind: 'paraphrase', factId: nearestFact.factId };
}

/** An objection as the end of a sentence about a fact, without the measurements meant for the explain view. */
function lacking(objection: Objection): string {
  return objection.kind === 'answer-coverage' ? 'does not state what is asked' : objection.message.replace(/\s*\([^)]*\)$/, '');
}

/**
 * The suggestion as one sentence for a curator; `answerOf` gives a fact's
 * answer, so a paraphrase can be checked against what it would get.
 */
export function describeSuggestion(suggestion: Suggestion, answerOf: (factId: string) => string, factsFile = 'knowledge/<article>/facts.json'): string {
  switch (suggestion.kind) {
    case 'paraphrase':
      return `Add it to the questions of ${suggestion.factId} in ${factsFile}, whose answer is "${answerOf(suggestion.factId)}".`;
    case 'not-in-article':
      return suggestion.factId === undefined
        ? 'Leave it to the fallback: no fact covers its topic, so the article does not say.'
        : `Leave it to the fallback: the nearest fact, ${suggestion.factId}, ${suggestion.lacks ?? 'does not answer it'}.`;
    case 'follow-up':
      return 'Leave it: it only makes sense after an earlier question, so it cannot be a paraphrase of a fact.';
  }
}
