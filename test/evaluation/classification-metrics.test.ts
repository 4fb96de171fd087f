import { describe, expect, it } from 'vitest';
import { classificationReport, type Prediction } from '../../src/evaluation/classification-metrics.js';

const pairs = (...rows: Array<[string, string, number]>): Prediction[] =>
  rows.flatMap(([expected, predicted, count]) => Array.from({ length: count }, () => ({ expected, predicted })));

describe('classificationReport', () => {
  // 4 cats: 3 right, 1 taken for a dog; 2 dogs: both right; 1 "bird" only ever predicted.
  const report = classificationReport(pairs(['cat', 'cat', 3], ['cat', 'dog', 1], ['dog', 'dog', 2], ['dog', 'bird', 0]));

  it('counts the confusion matrix with expected labels as rows', () => {
    expect(report.confusion.labels).toEqual(['cat', 'dog']);
    expect(report.confusion.counts).toEqual([
      [3, 1],
      [0, 2],
    ]);
  });

  it('computes precision, recall, F1 and support per label', () => {
    expect(report.perLabel[0]).toEqual({ label: 'cat', precision: 1, recall: 0.75, f1: 6 / 7, support: 4 });
    const dog = report.perLabel[1];
    expect(dog?.precision).toBeCloseTo(2 / 3);
    expect(dog?.recall).toBe(1);
    expect(dog?.f1).toBeCloseTo(0.8);
    expect(report.accuracy).toBeCloseTo(5 / 6);
  });

  it('averages over labels equally (macro) and by support (weighted)', () => {
    expect(report.macro.recall).toBeCloseTo((0.75 + 1) / 2);
    expect(report.weighted.recall).toBeCloseTo((0.75 * 4 + 1 * 2) / 6);
  });

  it('leaves labels that were only predicted out of the averages', () => {
    const withStray = classificationReport(pairs(['cat', 'cat', 1], ['cat', '(none)', 1]));
    expect(withStray.confusion.labels).toEqual(['(none)', 'cat']);
    expect(withStray.macro.recall).toBe(0.5);
  });

  it('reports zero accuracy, not NaN, for no predictions', () => {
    expect(classificationReport([]).accuracy).toBe(0);
  });
});
