/**
 * Every message `npm run validate` adds to the loader's own checks, as
 * factories: the validator and its tests build them the same way. Each names
 * the file, the field and the fix, in the loader's format
 * (`file: field problem; fix.`).
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  readonly message: string;
}

export const validationMessages = {
  tooFewUtterances: (file: string, index: number, intent: string, count: number, minimum: number) =>
    `${file}: [${index}].utterances has ${count} training utterances for "${intent}"; add at least ${minimum - count} more varied phrasings (${minimum} or more).`,

  tooFewTests: (file: string, index: number, intent: string, count: number, minimum: number) =>
    `${file}: [${index}].tests has ${count} held-out test utterance${count === 1 ? '' : 's'} for "${intent}"; add ${minimum - count} more so its test accuracy means something.`,

  paraphraseAnsweredElsewhere: (file: string, factIndex: number, questionIndex: number, question: string, factId: string, answeredBy: string) =>
    `${file}: facts[${factIndex}].questions[${questionIndex}] "${question}" is answered by ${answeredBy}, not ${factId}; reword it, add its distinctive words to facts[${factIndex}].keywords, or move it to ${answeredBy}.`,

  paraphraseFallsBack: (file: string, factIndex: number, questionIndex: number, question: string, factId: string, reason: string) =>
    `${file}: facts[${factIndex}].questions[${questionIndex}] "${question}" falls back instead of reaching ${factId} (${reason}); add its words to facts[${factIndex}].keywords or make facts[${factIndex}].answers include the kind of answer it asks for.`,

  factUnreachable: (file: string, factIndex: number, factId: string, paraphrases: number) =>
    `${file}: facts[${factIndex}] (${factId}) is reached by none of its ${paraphrases} questions, so no one can get this answer; fix facts[${factIndex}].questions, keywords or answers until its own questions reach it.`,

  factFragile: (file: string, factIndex: number, factId: string, reachedBy: number, minimum: number) =>
    `${file}: facts[${factIndex}].questions: only ${reachedBy} reach ${factId}; add paraphrases until at least ${minimum} reach it.`,
} as const;
