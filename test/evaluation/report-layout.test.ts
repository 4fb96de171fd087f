/**
 * reports/eval.html as a curator sees it, in Chromium at a laptop's width
 * (1280 px) and a phone's (375 px), over a report made to crowd its charts:
 * thirty intents with long names, threshold values whose points nearly
 * coincide, and a handful of wrong answers beside hundreds of right ones.
 * Screenshots go to reports/layout/ for a look by eye.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThresholdSweep } from '../../src/evaluation/calibration.js';
import { loadEvalSet } from '../../src/evaluation/eval-set.js';
import { renderHtmlReport } from '../../src/evaluation/report-html.js';
import { DEFAULT_EVAL_OPTIONS, runEvaluation, type EvalReport } from '../../src/evaluation/run-eval.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { launchChromium } from '../web/harness.js';
import { MINI, MINI_QUESTIONS } from './mini-knowledge.js';

const SCREENSHOTS = fileURLToPath(new URL('../../reports/layout/', import.meta.url));

function crowded(report: EvalReport): EvalReport {
  const labels = Array.from({ length: 30 }, (_, i) => `area${i % 7}.a_rather_long_intent_name_${i}`);
  const counts = labels.map((_, row) => labels.map((__, column) => (row === column ? 20 + row : (row * column) % 11 === 3 ? 2 : 0)));
  // Eleven values whose points crowd into one corner, as the real sweeps do.
  const sweep = (parameter: ThresholdSweep['parameter']): ThresholdSweep => ({
    parameter,
    current: 0.4,
    recommended: 0.35,
    points: Array.from({ length: 11 }, (_, i) => ({
      value: Math.round((0.3 + i * 0.05) * 100) / 100,
      coverage: 0.99 - (i < 6 ? i * 0.004 : i * 0.03),
      precision: 0.975 + i * 0.0015,
      inScopeAccuracy: 0.95,
      fallbackRecall: 0.96,
    })),
  });
  const histogram = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, correct: i === 9 ? 578 : i * 9, wrong: i % 3 === 0 ? 1 : 0 }));
  return {
    ...report,
    intents: { ...report.intents, crossValidation: { ...report.intents.crossValidation, confusion: { labels, counts } } },
    calibration: { ...report.calibration, sweeps: [sweep('minConfidence'), sweep('minCoverage')], histogram },
  };
}

interface Layout {
  /** Pairs of chart texts whose boxes overlap, as `"a" × "b"`. */
  readonly overlappingLabels: string[];
  /** Chart texts that stick out of their chart, and tables wider than their box at this width. */
  readonly clipped: string[];
  readonly pageOverflow: number;
  readonly smallestBar: number;
  readonly heatMapScrolls: boolean;
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const overlappingLabels: string[] = [];
    const clipped: string[] = [];
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      const frame = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll('text')).map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
      texts.forEach(({ text, box }, i) => {
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) clipped.push(text);
        for (const other of texts.slice(i + 1)) {
          const o = other.box;
          if (box.left < o.right - 0.5 && o.left < box.right - 0.5 && box.top < o.bottom - 0.5 && o.top < box.bottom - 0.5) overlappingLabels.push(`"${text}" × "${other.text}"`);
        }
      });
      if (frame.right > innerWidth + 0.5) clipped.push(`chart "${svg.getAttribute('aria-label')}" wider than the window`);
    }
    const heat = document.querySelector('table.heat') as HTMLElement;
    const bars = Array.from(document.querySelectorAll('svg rect')).map((rect) => rect.getBoundingClientRect().height);
    return {
      overlappingLabels,
      clipped,
      pageOverflow: document.documentElement.scrollWidth - innerWidth,
      smallestBar: Math.min(...bars),
      heatMapScrolls: heat.scrollWidth > heat.clientWidth,
    };
  });
}

let browser: Browser;
let html: string;

beforeAll(async () => {
  const report = await runEvaluation(loadKnowledge(MINI), { tuning: loadEvalSet(MINI_QUESTIONS), firstSight: [] }, { ...DEFAULT_EVAL_OPTIONS, folds: 3, calibrate: false });
  html = renderHtmlReport(crowded(report));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe.each([1280, 375])('the evaluation report at %i px', (width) => {
  it('has no overlapping chart labels, nothing clipped and no sideways scrolling of the page', async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.setContent(html);
      await page.screenshot({ path: `${SCREENSHOTS}eval-${width}.png`, fullPage: true });
      const layout = await measure(page);
      expect(layout.overlappingLabels).toEqual([]);
      expect(layout.clipped).toEqual([]);
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      // One wrong answer among hundreds of right ones is still a bar you see.
      expect(layout.smallestBar).toBeGreaterThanOrEqual(2);
      // Thirty intents fit whole on a laptop; on a phone the matrix scrolls in its own box.
      expect(layout.heatMapScrolls).toBe(width < 600);
    } finally {
      await page.close();
    }
  });
});
