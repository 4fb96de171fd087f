/**
 * Precision, recall, F1 and support per label, macro and weighted averages,
 * and the confusion matrix, from (expected, predicted) pairs. Pure counting,
 * the way scikit-learn's classification report defines them.
 */

export interface Prediction {
  readonly expected: string;
  readonly predicted: string;
}

export interface LabelScores {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** How many examples truly carry this label. */
  readonly support: number;
}

export interface Averages {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ConfusionMatrix {
  /** Row and column labels, in the same order. */
  readonly labels: readonly string[];
  /** `counts[row][column]`: examples labelled `labels[row]` predicted as `labels[column]`. */
  readonly counts: readonly (readonly number[])[];
}

export interface ClassificationReport {
  readonly accuracy: number;
  readonly total: number;
  readonly perLabel: readonly LabelScores[];
  readonly macro: Averages;
  readonly weighted: Averages;
  readonly confusion: ConfusionMatrix;
}

export function classificationReport(predictions: readonly Prediction[]): ClassificationReport {
  const labels = [...new Set(predictions.flatMap((p) => [p.expected, p.predicted]))].sort();
  const position = new Map(labels.map((label, index) => [label, index]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const { expected, predicted } of predictions) {
    const cells = counts[position.get(expected) ?? -1];
    const column = position.get(predicted) ?? -1;
    if (cells !== undefined) cells[column] = (cells[column] ?? 0) + 1;
  }
  const perLabel = labels.map((label, index) => scoresOf(label, index, counts));
  const total = predictions.length;
  const correct = labels.reduce((sum, _label, index) => sum + (counts[index]?.[index] ?? 0), 0);
  // Labels that were only ever predicted (support 0) would drag the macro average down for no real class.
  const supported = perLabel.filter((scores) => scores.support > 0);
  return {
    accuracy: total === 0 ? 0 : correct / total,
    total,
    perLabel,
    macro: average(supported, () => 1),
    weighted: average(supported, (scores) => scores.support),
    confusion: { labels, counts },
  };
}

function scoresOf(label: string, index: number, counts: readonly (readonly number[])[]): LabelScores {
  const truePositives = counts[index]?.[index] ?? 0;
  const support = (counts[index] ?? []).reduce((sum, n) => sum + n, 0);
  const predicted = counts.reduce((sum, row) => sum + (row[index] ?? 0), 0);
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = support === 0 ? 0 : truePositives / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, precision, recall, f1, support };
}

function average(scores: readonly LabelScores[], weightOf: (scores: LabelScores) => number): Averages {
  const totalWeight = scores.reduce((sum, s) => sum + weightOf(s), 0);
  const mean = (pick: (s: LabelScores) => number) =>
    totalWeight === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s) * weightOf(s), 0) / totalWeight;
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}
