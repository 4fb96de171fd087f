/**
 * Wraps the engine so every answer, whichever channel asked, is timed,
 * counted, logged and offered to other observers (the unanswered-questions
 * log) in one place. The answer itself is untouched, and an observer that
 * fails never costs the user the answer.
 */
import type { Engine, Trace } from '../pipeline/answer-question.js';
import type { AskInput, AskResponse } from '../pipeline/types.js';

/** How a question ended: a cited answer, small talk, an honest fallback, or an error. */
export type AnswerOutcome = 'answered' | 'small_talk' | 'fallback' | 'error';

export interface AnswerObservation {
  readonly input: AskInput;
  readonly outcome: AnswerOutcome;
  /** Undefined when the engine threw. */
  readonly response: AskResponse | undefined;
  readonly trace: Trace | undefined;
  readonly latencyMs: number;
  /** The HTTP request the question arrived with, if any. */
  readonly requestId: string | undefined;
  readonly error?: unknown;
}

export type AnswerObserver = (observation: AnswerObservation) => void;

export function outcomeOf(response: AskResponse): AnswerOutcome {
  if (response.fallback) return 'fallback';
  return response.citations.length > 0 ? 'answered' : 'small_talk';
}

export function observeEngine(engine: Engine, observers: readonly AnswerObserver[], onObserverError: (error: unknown) => void = () => {}): Engine {
  const notify = (observation: AnswerObservation) => {
    for (const observer of observers) {
      try {
        observer(observation);
      } catch (error) {
        onObserverError(error);
      }
    }
  };
  const explain: Engine['explain'] = async (input) => {
    const started = performance.now();
    const { requestId } = input;
    try {
      const result = await engine.explain(input);
      notify({ input, outcome: outcomeOf(result.response), response: result.response, trace: result.trace, latencyMs: performance.now() - started, requestId });
      return result;
    } catch (error) {
      notify({ input, outcome: 'error', response: undefined, trace: undefined, latencyMs: performance.now() - started, requestId, error });
      throw error;
    }
  };
  return { knowledge: engine.knowledge, explain, ask: async (input) => (await explain(input)).response };
}
