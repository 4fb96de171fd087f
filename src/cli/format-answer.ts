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

/** One line per stage that ran, then the facts the decide stage weighed. */
export function formatTrace(trace: Trace): string {
  const width = Math.max(...trace.stages.map((note) => note.stage.length)) + 2;
  const lines = trace.stages.map((note) => `  ${`${note.stage}:`.padEnd(width)}${note.note}`);
  if (trace.question.corrections.length > 0) lines.push(`  ${'spelling:'.padEnd(width)}${trace.question.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')}`);
  for (const candidate of trace.candidates.slice(0, 3)) {
    const verdict = candidate.objections.length === 0 ? 'may answer' : describeObjections(candidate.objections);
    lines.push(
      `  ${'fact:'.padEnd(width)}${candidate.fact.id} score ${candidate.score.toFixed(2)} (fuse ${candidate.match.fuseScore.toFixed(2)}, coverage ${candidate.match.coverage.toFixed(2)}): ${verdict}`,
    );
  }
  return lines.join('\n');
}
