/**
 * How confident the engine was when it answered right and when it answered
 * wrong. Well-separated histograms mean a threshold can cut the wrong answers
 * away; overlapping ones mean the confidence does not tell them apart.
 */
import type { ScoredItem } from './evaluate-answers.js';

export interface HistogramBin {
  /** Inclusive lower edge. */
  readonly from: number;
  /** Exclusive upper edge (the last bin includes 1). */
  readonly to: number;
  readonly correct: number;
  readonly wrong: number;
}

/** Answers with citations only: fallbacks and small talk carry no answer to be right or wrong about. */
export function confidenceHistogram(items: readonly ScoredItem[], binCount = 10): HistogramBin[] {
  const bins = Array.from({ length: binCount }, (_, index) => ({ from: index / binCount, to: (index + 1) / binCount, correct: 0, wrong: 0 }));
  for (const item of items) {
    if (item.fallback || item.cited.length === 0) continue;
    const bin = bins[Math.min(binCount - 1, Math.max(0, Math.floor(item.confidence * binCount)))];
    if (bin === undefined) continue;
    if (item.correct) bin.correct++;
    else bin.wrong++;
  }
  return bins;
}
