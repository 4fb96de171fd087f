/**
 * Renders reports/eval.html: one self-contained page (inline CSS and SVG, no
 * script, no external URL) that a curator can open from disk to see where
 * the bot goes wrong and what to fix next.
 */
import type { ClassificationReport } from './classification-metrics.js';
import { escapeHtml } from '../escape-html.js';
import { confidenceCharts, confusionHeatMap, coverageCurve } from './html-charts.js';
import { pct } from './report-terminal.js';
import type { EvalReport } from './run-eval.js';

// Wide tables scroll inside their own box (display:block), so on a phone the page itself never
// scrolls sideways; charts shrink to the width available and keep their proportions.
const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0;display:block;max-width:100%;overflow-x:auto}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}.pass{color:#168c3c;font-weight:600}.fail{color:#c83232;font-weight:600}
.heat td{text-align:center;min-width:1.4rem;padding:.2rem .1rem;font-size:12px}.heat th{font-size:12px;white-space:nowrap}
.heat th.col{text-align:center;padding:.2rem .1rem}.flag{background:#fff3e0}
svg{font-family:system-ui,sans-serif;margin:.5rem 1rem .5rem 0;max-width:100%;height:auto}.tick{fill:#444}
.charts{display:flex;flex-wrap:wrap;align-items:flex-start;max-width:100%}.charts>table{flex:1 1 20rem}`;

export function renderHtmlReport(report: EvalReport): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Evaluation report</title><style>${STYLE}</style></head><body>
<h1>Evaluation report <small>${escapeHtml(report.generatedAt)}</small></h1>
<nav><a href="#first-sight">First sight</a> · <a href="#answers">Answers</a> · <a href="#intents">Intents</a> · <a href="#calibration">Calibration</a> · <a href="#reachability">Reachability</a></nav>
${firstSightSection(report)}${gatesSection(report)}${answersSection(report)}${intentsSection(report)}${calibrationSection(report)}${reachabilitySection(report)}
</body></html>
`;
}

function firstSightSection({ firstSight }: EvalReport): string {
  const { latest } = firstSight;
  const headline =
    latest === undefined
      ? '<p>No batch of unseen questions has been scored yet.</p>'
      : `<p>Latest: <b>${escapeHtml(latest.batch)}</b>, ${latest.record.single} questions and ${latest.record.dialogs} dialogs, scored ${escapeHtml(latest.record.scoredOn)} at <code>${escapeHtml(latest.record.commit)}</code>.</p>`;
  const share = (count: { correct: number; total: number } | undefined) => (count === undefined || count.total === 0 ? '' : `${pct(count.correct / count.total)} (${count.correct}/${count.total})`);
  const rows = firstSight.batches.map(({ batch, record, now }) => [
    escapeHtml(batch),
    record === undefined ? 'not yet' : `${escapeHtml(record.scoredOn)} ${escapeHtml(record.commit)}`,
    share(record?.inScope), share(record?.outOfScope), share(record?.followUps),
    share(now.inScope), share(now.outOfScope), share(now.followUps),
  ]);
  return `<h2 id="first-sight">First-sight accuracy (the headline)</h2>${headline}
<p>Each batch was written from the article alone and scored once, before anything was changed for it; “now” is today's engine on the same questions.</p>
${table(['batch', 'scored', 'in-scope', 'out-of-scope', 'follow-ups', 'now: in-scope', 'now: out-of-scope', 'now: follow-ups'], rows, [2, 3, 4, 5, 6, 7])}`;
}

function gatesSection({ gates, passed }: EvalReport): string {
  const rows = gates.map((gate) => [gate.gate, pct(gate.actual), `≥ ${pct(gate.minimum)}`, gate.passed ? '<span class="pass">pass</span>' : '<span class="fail">fail</span>']);
  return `<h2>Gates: ${passed ? '<span class="pass">passed</span>' : '<span class="fail">failed</span>'}</h2>${table(['gate', 'actual', 'minimum', ''], rows, [1, 2])}`;
}

function answersSection({ answers }: EvalReport): string {
  const metrics = [
    ['in-scope first-citation accuracy', pct(answers.inScope.firstCitationAccuracy), String(answers.inScope.total)],
    ['in-scope any-citation accuracy', pct(answers.inScope.anyCitationAccuracy), String(answers.inScope.total)],
    ['in-scope coverage (answered)', pct(answers.inScope.coverage), String(answers.inScope.total)],
    ['out-of-scope fallback recall', pct(answers.outOfScope.fallbackRecall), String(answers.outOfScope.total)],
    ['fallback precision', pct(answers.outOfScope.fallbackPrecision), ''],
    ['answer precision', pct(answers.answerPrecision), ''],
    ['follow-up accuracy', pct(answers.followUps.rate), String(answers.followUps.total)],
    ['small talk', pct(answers.smalltalk.rate), String(answers.smalltalk.total)],
  ].map((row) => row.map(escapeHtml));
  const misses = answers.misses.map((item) => [
    escapeHtml(item.question),
    escapeHtml(item.source === 'dialog' ? `${item.dialog ?? ''} #${(item.turn ?? 0) + 1}` : item.kind),
    escapeHtml(item.expected === 'fallback' ? 'fallback' : item.expected.length === 0 ? 'small talk' : item.expected.join(' | ')),
    escapeHtml(item.fallback ? 'fallback' : item.cited.join(', ') || `no citation (${item.intent})`),
    item.confidence.toFixed(2),
    escapeHtml(item.reason),
  ]);
  return `<h2 id="answers">Answers end to end (tuning questions)</h2>${table(['metric', 'value', 'n'], metrics, [1, 2])}
<h3>Every miss (${misses.length})</h3>${table(['question', 'kind / dialog', 'expected', 'got', 'confidence', 'why'], misses, [4])}`;
}

function intentsSection({ intents }: EvalReport): string {
  const cv = intents.crossValidation;
  const summary = [
    ['cross-validation', pct(cv.accuracy), pct(cv.macro.f1), pct(cv.weighted.f1), String(cv.total), cv.foldAccuracies.map(pct).join(' · ')],
    ['held-out tests', pct(intents.heldOut.accuracy), pct(intents.heldOut.macro.f1), pct(intents.heldOut.weighted.f1), String(intents.heldOut.total), ''],
  ];
  const misclassified = intents.misclassified.map((m) => [escapeHtml(m.text), m.source, escapeHtml(m.expected), escapeHtml(m.predicted), m.confidence.toFixed(2)]);
  return `<h2 id="intents">Intent classification (${intents.folds}-fold stratified, seed ${intents.seed})</h2>
${table(['', 'accuracy', 'macro F1', 'weighted F1', 'n', 'per fold'], summary, [1, 2, 3, 4])}
<h3>Per intent (cross-validation)</h3>${perLabelTable(cv)}
<h3>Confusion matrix (cross-validation)</h3>${confusionHeatMap(cv.confusion)}
<h3>Per intent (held-out tests)</h3>${perLabelTable(intents.heldOut)}
<h3>Misclassified utterances (${misclassified.length})</h3>${table(['utterance', 'from', 'expected', 'predicted', 'confidence'], misclassified, [4])}`;
}

function perLabelTable(report: ClassificationReport): string {
  const rows = report.perLabel.map((s) => [escapeHtml(s.label), pct(s.precision), pct(s.recall), pct(s.f1), String(s.support)]);
  rows.push(['<b>macro</b>', pct(report.macro.precision), pct(report.macro.recall), pct(report.macro.f1), String(report.total)]);
  rows.push(['<b>weighted</b>', pct(report.weighted.precision), pct(report.weighted.recall), pct(report.weighted.f1), String(report.total)]);
  return table(['intent', 'precision', 'recall', 'F1', 'support'], rows, [1, 2, 3, 4]);
}

function calibrationSection({ calibration }: EvalReport): string {
  const sweeps = calibration.sweeps.map((sweep) => {
    const rows = sweep.points.map((p) => [
      `${p.value}${p.value === sweep.current ? ' (in use)' : ''}${p.value === sweep.recommended ? ' (recommended)' : ''}`,
      pct(p.coverage), pct(p.precision), pct(p.inScopeAccuracy), pct(p.fallbackRecall),
    ]);
    const advice = sweep.recommended === undefined ? `No value reaches the precision target.` : `Recommended: ${sweep.recommended} (in use: ${sweep.current}).`;
    return `<h3>${sweep.parameter}</h3><p>${advice} Green dot: recommended; ring: in use.</p>
<div class="charts">${coverageCurve(sweep, calibration.precisionTarget)}${table([sweep.parameter, 'coverage', 'precision', 'in-scope accuracy', 'fallback recall'], rows, [1, 2, 3, 4])}</div>`;
  });
  return `<h2 id="calibration">Calibration (precision target ${pct(calibration.precisionTarget)})</h2>
${sweeps.join('') || '<p>Skipped.</p>'}
<h3>Confidence of answers</h3><div class="charts">${confidenceCharts(calibration.histogram)}</div>`;
}

function reachabilitySection({ reachability }: EvalReport): string {
  const rows = reachability.map((fact) => [
    escapeHtml(fact.factId),
    escapeHtml(fact.intent),
    `${fact.reachedBy}/${fact.paraphrases}`,
    fact.reachable ? (fact.flagged ? '<span class="fail">fewer than 3</span>' : 'ok') : '<span class="fail">unreachable</span>',
    fact.misses.map((miss) => `“${escapeHtml(miss.question)}” → ${escapeHtml(miss.answeredBy ?? 'fallback')}`).join('<br>'),
  ]);
  return `<h2 id="reachability">Reachability of facts by their own paraphrases</h2>${table(['fact', 'intent', 'reached', 'status', 'paraphrases that went elsewhere'], rows, [2])}`;
}

/** Cells are trusted HTML (callers escape text); `numeric` columns align right. */
function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const cell = (text: string, column: number) => `<td${numeric.includes(column) ? ' class="num"' : ''}>${text}</td>`;
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map(cell).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
