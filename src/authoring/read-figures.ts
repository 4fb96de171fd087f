/**
 * The figures a sentence states, read the way the engine reads a question's
 * numbers (`text-tokens`), so a question's "$100bn" meets the fact's
 * "100 billion US dollars". Years, dates and numbers inside names are times
 * and names, and a rank ("number two") is no figure either.
 */
import type { FactNumber } from '../knowledge/schemas.js';
import { readNumbers, tokenize } from '../pipeline/text-tokens.js';
import type { Expression } from './extract-entities.js';

const SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);
const CURRENCIES = new Set(['dollars', 'pounds', 'euros']);
const RANK_WORDS = new Set(['number', 'no']);
/** Words after a number that measure nothing by themselves. */
const NOT_UNITS = new Set(['percent', 'and', 'or', 'to', 'in', 'of', 'the', 'a', 'from', 'for', 'on', 'at', 'by', 'with', 'per', 'than']);

/**
 * Each figure in `sentence`, with what it measures in the sentence's own words.
 * `names` are the entity names written in it ("Movimento 5 Stelle"), `times` its dates.
 */
export function readFigures(sentence: { id: string; text: string }, names: readonly string[], times: readonly Expression[]): FactNumber[] {
  const words = tokenize(sentence.text);
  const skipped = new Set([...names, ...times.filter((time) => time.type === 'time').map((time) => time.text)].flatMap((text) => tokenize(text)));
  const figures: FactNumber[] = [];
  const numbers = readNumbers(words);
  // Where each figure kept stands in `words`, to find the article's own conversions.
  const positions: number[] = [];
  let cursor = 0;
  for (const number of numbers) {
    const at = words.findIndex((word, i) => i >= cursor && Number(word) === number.value);
    cursor = at + 1;
    const word = words[at] ?? '';
    // "the number two smartphone brand" is a rank, not a count of anything.
    if (skipped.has(word) || isYear(number.value, number) || RANK_WORDS.has(words[at - 1] ?? '')) continue;
    const after = words.slice(at + 1).filter((next) => !SCALES.has(next));
    const unitWord = after[0];
    const unit = number.currency === undefined && !number.percent && unitWord !== undefined && !NOT_UNITS.has(unitWord) && !/^\d/.test(unitWord) ? unitWord : undefined;
    const measures = after
      .slice(CURRENCIES.has(unitWord ?? '') || unitWord === 'percent' ? 1 : 0, 8)
      .join(' ')
      .trim();
    positions.push(at);
    figures.push({
      value: number.value,
      ...(number.scale && { scale: number.scale }),
      ...(number.currency && { currency: number.currency }),
      ...(number.percent && { percent: true }),
      ...(unit && { unit }),
      measures: measures === '' ? `the figure in ${sentence.id}` : measures,
      sentence: sentence.id,
    });
  }
  return sameAmountsAlike(figures, positions, words);
}

/**
 * "2 billion US dollars (£1.53 billion) over five years": the article's own conversion is the same amount,
 * so the second figure measures what the first does, and the first measures what follows them both. A
 * reader's "How much is that in pounds?" finds the one by the other.
 */
function sameAmountsAlike(figures: readonly FactNumber[], positions: readonly number[], words: readonly string[]): FactNumber[] {
  return figures.map((figure, i) => {
    const next = figures[i + 1];
    const between = words.slice((positions[i] ?? 0) + 1, positions[i + 1] ?? 0);
    const converted = next !== undefined && figure.currency !== undefined && next.currency !== undefined && next.currency !== figure.currency && between.every((word) => SCALES.has(word) || CURRENCIES.has(word));
    return converted ? { ...figure, measures: next.measures } : figure;
  });
}

function isYear(value: number, number: { scale?: string; currency?: string; percent?: boolean }): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && number.scale === undefined && number.currency === undefined && !number.percent;
}
