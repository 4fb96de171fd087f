/**
 * The concise summary `npm run eval` prints: headline numbers against their
 * gates, the weakest intents, the first misses, the calibration advice and
 * the fragile facts. Everything else is in reports/eval.{json,html}.
 */
import type { ScoredItem } from './evaluate-answers.js';
import type { FirstSightRecord } from './first-sight.js';
import type { EvalReport } from './run-eval.js';

/** How many weakest intents and misses the terminal shows before pointing to the reports. */
const SHOWN = 8;

export function renderTerminalReport(report: EvalReport): string {
  return [firstSightSection(report), intentSection(report), answerSection(report), calibrationSection(report), reachabilitySection(report), gateLine(report)].join('\n\n');
}

/** The headline: what unseen questions scored the one time they were unseen, beside what they score now. */
function firstSightSection({ firstSight }: EvalReport): string {
  const { latest, batches } = firstSight;
  if (batches.length === 0 && latest === undefined) return 'First-sight accuracy: no batch of unseen questions yet (see docs/evaluation.md).';
  const headline =
    latest === undefined
      ? 'First-sight accuracy: no batch has been scored yet; run npm run eval -- --first-sight <batch>.'
      : `First-sight accuracy (headline): batch ${latest.batch}, ${latest.record.single} questions and ${latest.record.dialogs} dialogs, scored ${latest.record.scoredOn} at ${latest.record.commit}`;
  const rows = [['batch', 'scored', 'in-scope', 'out-of-scope', 'follow-ups', 'now: in-scope', 'out-of-scope', 'follow-ups']];
  for (const { batch, record, now } of batches) {
    rows.push([batch, record === undefined ? 'not yet' : `${record.scoredOn} ${record.commit}`, ...counts(record), ...counts(now)]);
  }
  return [headline, table(rows)].join('\n');
}

function counts(record: FirstSightRecord | undefined): string[] {
  if (record === undefined) return ['', '', ''];
  return [record.inScope, record.outOfScope, record.followUps].map(({ correct, total }) => (total === 0 ? '—' : `${pct(correct / total)} ${correct}/${total}`));
}

function intentSection({ intents }: EvalReport): string {
  const cv = intents.crossValidation;
  const weakest = [...cv.perLabel].filter((scores) => scores.support > 0).sort((a, b) => a.f1 - b.f1).slice(0, SHOWN);
  return [
    `Intent classification (${intents.folds}-fold stratified CV, seed ${intents.seed})`,
    table([
      ['', 'accuracy', 'macro F1', 'weighted F1', 'n'],
      ['cross-validation', pct(cv.accuracy), pct(cv.macro.f1), pct(cv.weighted.f1), String(cv.total)],
      ['held-out tests', pct(intents.heldOut.accuracy), pct(intents.heldOut.macro.f1), pct(intents.heldOut.weighted.f1), String(intents.heldOut.total)],
    ]),
    'Weakest intents (cross-validation):',
    table([['intent', 'precision', 'recall', 'F1', 'support'], ...weakest.map((s) => [s.label, pct(s.precision), pct(s.recall), pct(s.f1), String(s.support)])]),
  ].join('\n');
}

function answerSection({ answers, gates }: EvalReport): string {
  const gate = (name: string) => {
    const result = gates.find((g) => g.gate === name);
    return result === undefined ? '' : `${result.passed ? 'ok  ' : 'FAIL'} ≥ ${pct(result.minimum)}`;
  };
  const rows = [
    ['metric', 'value', 'n', 'gate'],
    ['in-scope first citation', pct(answers.inScope.firstCitationAccuracy), String(answers.inScope.total), gate('inScopeFirstCitation')],
    ['in-scope any citation', pct(answers.inScope.anyCitationAccuracy), String(answers.inScope.total), ''],
    ['out-of-scope fallback recall', pct(answers.outOfScope.fallbackRecall), String(answers.outOfScope.total), gate('outOfScopeFallback')],
    ['fallback precision', pct(answers.outOfScope.fallbackPrecision), '', ''],
    ['follow-up turns', pct(answers.followUps.rate), String(answers.followUps.total), gate('followUps')],
    ['small talk', pct(answers.smalltalk.rate), String(answers.smalltalk.total), ''],
  ];
  const misses = answers.misses.slice(0, SHOWN).map(describeMiss);
  const more = answers.misses.length > SHOWN ? [`  … and ${answers.misses.length - SHOWN} more in reports/eval.html`] : [];
  return ['Answers end to end (tuning questions, which the engine may have been fixed against)', table(rows), `Misses: ${answers.misses.length}`, ...misses, ...more].join('\n');
}

/** `"Who is Guo Pnig?" expected s2|s4, got fallback (reason)`. */
export function describeMiss(item: ScoredItem): string {
  const where = item.source === 'dialog' ? ` [${item.dialog} #${(item.turn ?? 0) + 1}]` : '';
  const expected = item.expected === 'fallback' ? 'fallback' : item.expected.length === 0 ? 'small talk' : item.expected.join('|');
  const got = item.fallback ? 'fallback' : item.cited.length === 0 ? `no citation (${item.intent})` : item.cited.join(',');
  return `  - "${item.question}"${where} expected ${expected}, got ${got} — ${item.reason}`;
}

function calibrationSection({ calibration }: EvalReport): string {
  if (calibration.sweeps.length === 0) return 'Calibration: skipped (--no-calibrate)';
  const lines = calibration.sweeps.map((sweep) => {
    const at = (value: number | undefined) => sweep.points.find((point) => point.value === value);
    const current = at(sweep.current);
    const best = at(sweep.recommended);
    const now = current === undefined ? '' : ` (coverage ${pct(current.coverage)}, precision ${pct(current.precision)})`;
    const advice =
      best === undefined
        ? `no value reaches precision ${pct(calibration.precisionTarget)}`
        : `recommended ${best.value} (coverage ${pct(best.coverage)}, precision ${pct(best.precision)})`;
    return `  ${sweep.parameter}: in use ${sweep.current}${now}; ${advice}`;
  });
  return [`Calibration (precision target ${pct(calibration.precisionTarget)})`, ...lines].join('\n');
}

function reachabilitySection({ reachability }: EvalReport): string {
  const unreachable = reachability.filter((fact) => !fact.reachable);
  const flagged = reachability.filter((fact) => fact.flagged);
  const list = flagged.map((fact) => `  - ${fact.factId}: ${fact.reachedBy}/${fact.paraphrases} paraphrases reach it`);
  return [`Reachability: ${reachability.length} facts, ${unreachable.length} unreachable, ${flagged.length} reached by fewer than three paraphrases`, ...list].join('\n');
}

function gateLine({ gates, passed }: EvalReport): string {
  const failed = gates.filter((gate) => !gate.passed);
  return passed ? 'Gates: all passed' : `Gates: FAILED (${failed.map((gate) => `${gate.gate} ${pct(gate.actual)} < ${pct(gate.minimum)}`).join('; ')})`;
}

export function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Left-aligned first column, right-aligned numbers, two spaces between columns. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`.trimEnd())
    .join('\n');
}
