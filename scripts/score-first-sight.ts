/**
 * Scores a knowledge base on an evaluation set written from its article alone:
 * `{single:[{q,expect,kind}], dialogs:[{name,turns:[{q,expect}]}]}`, where
 * `expect` lists the sentence ids allowed as first citation, or is "fallback"
 * (the article does not say), or [] (small talk).
 *
 *   npx tsx scripts/score-first-sight.ts <set.json> <knowledgeDir> <intentsDir> [--misses]
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createEvalEngine } from '../src/evaluation/eval-engine.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import type { AskResponse } from '../src/pipeline/types.js';

type Expect = string[] | 'fallback';
interface EvalSet {
  single: Array<{ q: string; expect: Expect; kind?: string }>;
  dialogs: Array<{ name: string; turns: Array<{ q: string; expect: Expect }> }>;
}

const [setPath, knowledgeDir, intentsDir] = process.argv.slice(2);
if (setPath === undefined || knowledgeDir === undefined || intentsDir === undefined) {
  console.error('usage: npx tsx scripts/score-first-sight.ts <set.json> <knowledgeDir> <intentsDir> [--misses]');
  process.exit(2);
}
const showMisses = process.argv.includes('--misses');
const set = JSON.parse(readFileSync(setPath, 'utf8')) as EvalSet;
const engine = createEvalEngine(loadKnowledge({ knowledgeDir, intentsDir }));

function isRight(expect: Expect, response: AskResponse): boolean {
  if (expect === 'fallback') return response.fallback;
  if (expect.length === 0) return response.intent.startsWith('smalltalk.');
  return !response.fallback && expect.includes(response.citations[0]?.id ?? '');
}

const tally = { inScope: [0, 0], outOfScope: [0, 0], smallTalk: [0, 0], followUps: [0, 0] };
const count = (bucket: number[], right: boolean) => {
  bucket[0] = (bucket[0] ?? 0) + (right ? 1 : 0);
  bucket[1] = (bucket[1] ?? 0) + 1;
};
const misses: string[] = [];
const bucketOf = (expect: Expect) => (expect === 'fallback' ? tally.outOfScope : expect.length === 0 ? tally.smallTalk : tally.inScope);

for (const { q, expect } of set.single) {
  const response = await engine.ask({ question: q, channel: 'eval' });
  const right = isRight(expect, response);
  count(bucketOf(expect), right);
  if (!right) misses.push(`${JSON.stringify(expect)} got ${response.fallback ? 'fallback' : response.citations[0]?.id ?? response.intent}: ${q}`);
}
for (const dialog of set.dialogs) {
  const sessionId = randomUUID();
  for (const [i, { q, expect }] of dialog.turns.entries()) {
    const response = await engine.ask({ question: q, sessionId, channel: 'eval' });
    const right = isRight(expect, response);
    count(i === 0 ? bucketOf(expect) : tally.followUps, right);
    if (!right) misses.push(`[${dialog.name} ${i + 1}] ${JSON.stringify(expect)} got ${response.fallback ? 'fallback' : response.citations[0]?.id ?? response.intent}: ${q}`);
  }
}

const line = (label: string, [right = 0, total = 0]: number[]) => `${label}: ${right}/${total} (${total === 0 ? '-' : ((100 * right) / total).toFixed(1)}%)`;
console.log(line('in scope, first citation right', tally.inScope));
console.log(line('out of scope, refused', tally.outOfScope));
console.log(line('small talk', tally.smallTalk));
console.log(line('follow-up turns right', tally.followUps));
if (showMisses) for (const miss of misses) console.log(`miss ${miss}`);
