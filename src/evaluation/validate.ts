/**
 * `npm run validate` without the terminal: the loader's schema and
 * cross-file checks (citation ids, offsets, uncovered sentences, numbers in
 * answers, utterances shared by intents), then what only a trained engine can
 * tell: thin intents and facts their own questions do not reach.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { displayPath, loadKnowledge, type KnowledgeBase, type KnowledgeLocation } from '../knowledge/load-knowledge.js';
import { createEvalEngine } from './eval-engine.js';
import { measureReachability, MIN_REACHING_PARAPHRASES, type FactReachability } from './reachability.js';
import { validationMessages as say, type Problem } from './validation-messages.js';

export interface ValidationOptions {
  /** Least training utterances an intent file entry should give (the schema's hard floor is 5). */
  readonly minUtterances: number;
  /** Least held-out test utterances per intent. */
  readonly minTests: number;
}

export const DEFAULT_VALIDATION: ValidationOptions = Object.freeze({ minUtterances: 10, minTests: 3 });

export interface ValidationResult {
  /** Errors first, then warnings. */
  readonly problems: readonly Problem[];
  /** Empty when the data did not load. */
  readonly reachability: readonly FactReachability[];
}

export async function validateProject(location: KnowledgeLocation, options: ValidationOptions = DEFAULT_VALIDATION): Promise<ValidationResult> {
  let knowledge: KnowledgeBase;
  try {
    knowledge = loadKnowledge(location);
  } catch (error) {
    // The engine cannot be trained on data that does not load; report what the loader found.
    if (error instanceof DataError) return { problems: error.problems.map((message) => ({ severity: 'error', message })), reachability: [] };
    throw error;
  }
  const reachability = await measureReachability(createEvalEngine(knowledge), knowledge.facts);
  const problems = [...checkIntentSizes(location.intentsDir, options), ...reachabilityProblems(displayPath(join(location.knowledgeDir, 'facts.json')), reachability)];
  return { problems: [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')], reachability };
}

function checkIntentSizes(intentsDir: string, { minUtterances, minTests }: ValidationOptions): Problem[] {
  const problems: Problem[] = [];
  for (const { file, index, intent, utterances, tests } of intentEntries(intentsDir)) {
    if (utterances < minUtterances) problems.push({ severity: 'error', message: say.tooFewUtterances(file, index, intent, utterances, minUtterances) });
    if (tests < minTests) problems.push({ severity: 'warning', message: say.tooFewTests(file, index, intent, tests, minTests) });
  }
  return problems;
}

/** Each intent with the file and array index that define it, so messages can point at `[i].utterances`. */
function intentEntries(intentsDir: string) {
  return readdirSync(intentsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      // The loader has validated these files already; only the counts are read here.
      const entries = JSON.parse(readFileSync(join(intentsDir, name), 'utf8')) as Array<{ intent: string; utterances: unknown[]; tests: unknown[] }>;
      return entries.map((entry, index) => ({ file: displayPath(join(intentsDir, name)), index, intent: entry.intent, utterances: entry.utterances.length, tests: entry.tests.length }));
    });
}

function reachabilityProblems(file: string, reachability: readonly FactReachability[]): Problem[] {
  return reachability.flatMap((fact): Problem[] => {
    if (!fact.reachable) return [{ severity: 'error', message: say.factUnreachable(file, fact.index, fact.factId, fact.paraphrases) }];
    const misses = fact.misses.map((miss): Problem => ({
      severity: 'warning',
      message:
        miss.answeredBy === undefined
          ? say.paraphraseFallsBack(file, fact.index, miss.index, miss.question, fact.factId, miss.reason)
          : say.paraphraseAnsweredElsewhere(file, fact.index, miss.index, miss.question, fact.factId, miss.answeredBy),
    }));
    const fragile: Problem[] = fact.flagged ? [{ severity: 'warning', message: say.factFragile(file, fact.index, fact.factId, fact.reachedBy, MIN_REACHING_PARAPHRASES) }] : [];
    return [...fragile, ...misses];
  });
}

/** Paths relative to the working directory, as the loader prints them. */
