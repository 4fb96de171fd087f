/**
 * Terminal rendering of answers and of the explain view, shared by
 * `npm run ask` and `npm run chat`.
 */
import type { Trace } from '../pipeline/answer-question.js';
import { describeObjections } from '../pipeline/decide.js';
import type { AskResponse } from '../pipeline/types.js';

export function formatAnswer(response: AskResponse): string {
  const lines = [response.answer];
  for (const citation of response.citations) lines.push(`  > “${citation.text}” [${citation.id}, ${citation.start}–${citation.end}]`);
  if (response.suggestions.length > 0) {
    lines.push(response.fallback ? 'You could ask:' : 'Related:');
    for (const suggestion of response.suggestions) lines.push(`  - ${suggestion}`);
  }
  return lines.join('\n');
}

export function formatTrace(trace: Trace): string {
  const { question } = trace;
  const lines = [
    `  normalised: "${question.text}"  (asks: ${question.answerType}; terms: ${question.topicTerms.join(', ') || '—'})`,
  ];
  if (question.corrections.length > 0) lines.push(`  spelling:   ${question.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')}`);
  if (trace.followUp.kind !== 'none') lines.push(`  follow-up:  ${trace.followUp.kind}`);
  if (trace.given.length > 0) lines.push(`  not again:  ${trace.given.join(', ')}`);
  if (trace.intents.length > 0) {
    lines.push(`  intents:    ${trace.intents.slice(0, 3).map((p) => `${p.intent} ${p.probability.toFixed(2)}`).join(' | ')}`);
  }
  for (const candidate of trace.candidates.slice(0, 3)) {
    const verdict = candidate.objections.length === 0 ? 'may answer' : describeObjections(candidate.objections);
    lines.push(
      `  fact:       ${candidate.fact.id} score ${candidate.score.toFixed(2)} (fuse ${candidate.match.fuseScore.toFixed(2)}, coverage ${candidate.match.coverage.toFixed(2)}): ${verdict}`,
    );
  }
  lines.push(`  decision:   ${trace.reason}`);
  return lines.join('\n');
}
