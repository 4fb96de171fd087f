/**
 * Seeded, stratified fold assignment for cross-validation: each label's
 * examples are shuffled with a seeded generator and dealt round-robin, so
 * every fold holds about the same share of every intent and the same seed
 * always gives the same folds (a run can be reproduced and compared).
 */

/** mulberry32: a tiny, well-distributed 32-bit generator; `Math.random` cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The fold (0 … k−1) of each item, by index. Labels are dealt in sorted order
 * and each label continues where the previous one stopped, so small labels do
 * not all pile into fold 0.
 */
export function stratifiedFolds<T>(items: readonly T[], labelOf: (item: T) => string, k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`folds must be a whole number of at least 2, not ${k}`);
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  items.forEach((item, index) => {
    const label = labelOf(item);
    byLabel.set(label, [...(byLabel.get(label) ?? []), index]);
  });
  const folds = new Array<number>(items.length).fill(0);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const index of shuffled(byLabel.get(label) ?? [], random)) {
      folds[index] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}
