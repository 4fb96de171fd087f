import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/evaluation/eval-set.js';
import { renderHtmlReport } from '../../src/evaluation/report-html.js';
import { renderJsonReport } from '../../src/evaluation/report-json.js';
import { renderTerminalReport } from '../../src/evaluation/report-terminal.js';
import { DEFAULT_EVAL_OPTIONS, runEvaluation, type EvalReport } from '../../src/evaluation/run-eval.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { MINI, MINI_QUESTIONS } from './mini-knowledge.js';

describe('evaluation reports over the fixture', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const set = loadEvalSet(MINI_QUESTIONS);
    // A miss whose text would break the page if it were not escaped.
    set.single.push({ q: '<script>alert(1)</script> & when was Acme founded?', expect: ['s1'], kind: 'hostile' });
    report = await runEvaluation(loadKnowledge(MINI), { tuning: set, firstSight: [] }, { ...DEFAULT_EVAL_OPTIONS, folds: 3 });
  });

  it('keeps the JSON field names stable', () => {
    const json = JSON.parse(renderJsonReport(report));
    expect(Object.keys(json)).toEqual(['schemaVersion', 'generatedAt', 'options', 'intents', 'firstSight', 'answers', 'calibration', 'reachability', 'gates', 'passed']);
    expect(Object.keys(json.answers)).toEqual(['inScope', 'outOfScope', 'smalltalk', 'followUps', 'answerPrecision', 'misses']);
    expect(Object.keys(json.intents.crossValidation)).toEqual(expect.arrayContaining(['accuracy', 'perLabel', 'macro', 'weighted', 'confusion', 'foldAccuracies']));
    expect(json.calibration.sweeps.map((sweep: { parameter: string }) => sweep.parameter)).toEqual(['minConfidence', 'minCoverage']);
    expect(json.gates.map((gate: { gate: string }) => gate.gate)).toEqual(['inScopeFirstCitation', 'outOfScopeFallback', 'followUps']);
  });

  it('rounds numbers in the JSON so runs diff cleanly', () => {
    expect(renderJsonReport(report)).not.toMatch(/\d\.\d{5,}/);
  });

  it('writes a self-contained HTML page: no script, no external resource', () => {
    const html = renderHtmlReport(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|https?:\/\/|src=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; when was Acme founded?');
  });

  it('draws the confusion heat map and the coverage/precision curves', () => {
    const html = renderHtmlReport(report);
    expect(html).toContain('<table class="heat">');
    expect(html.match(/<svg /g)).toHaveLength(4); // two sweeps and the confidence histograms of right and wrong answers
    expect(html).toContain('<polyline');
  });

  it('prints a terminal summary ending in the gate verdict', () => {
    const text = renderTerminalReport(report);
    expect(text).toContain('in-scope first citation');
    expect(text).toContain('Calibration (precision target 95.0%)');
    expect(text.trim().split('\n').at(-1)).toMatch(/^Gates: (all passed|FAILED)/);
    expect(text).toContain('"<script>alert(1)</script> & when was Acme founded?" expected s1');
  });
});
