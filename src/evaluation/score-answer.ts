/**
 * Judges one engine response against one expectation. The single place that
 * says what "right" means, shared by `npm run eval`, the calibration sweep
 * and the accuracy test.
 */
import type { AskResponse } from '../pipeline/types.js';
import type { Expectation } from './eval-set.js';

/** In-scope questions cite the article, out-of-scope ones fall back, small talk does neither. */
export type Scope = 'in-scope' | 'out-of-scope' | 'smalltalk';

export function scopeOf(expect: Expectation): Scope {
  if (expect === 'fallback') return 'out-of-scope';
  return expect.length === 0 ? 'smalltalk' : 'in-scope';
}

export interface Judgement {
  /** The response is what the expectation asks for (first citation, fallback or small talk). */
  readonly correct: boolean;
  /** In scope: some citation, not only the first, is an expected sentence. */
  readonly anyCitationCorrect: boolean;
}

export function judge(response: Pick<AskResponse, 'fallback' | 'citations'>, expect: Expectation): Judgement {
  const scope = scopeOf(expect);
  if (scope === 'out-of-scope') return { correct: response.fallback, anyCitationCorrect: response.fallback };
  if (scope === 'smalltalk') {
    const ok = !response.fallback && response.citations.length === 0;
    return { correct: ok, anyCitationCorrect: ok };
  }
  const expected = new Set(expect as readonly string[]);
  const cited = response.fallback ? [] : response.citations.map((citation) => citation.id);
  return {
    correct: cited[0] !== undefined && expected.has(cited[0]),
    anyCitationCorrect: cited.some((id) => expected.has(id)),
  };
}
