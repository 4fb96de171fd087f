/**
 * Figures a question quotes from the article: "What's the £76.6bn figure?",
 * "What does 25.1 per cent refer to?", "How much is 62.3 billion in pounds?".
 * A fact that states the very figure is what such a question is about, though
 * the reader's other words are their own; a fact that does not is not.
 */
import type { Fact } from '../knowledge/schemas.js';
import type { NormalizedQuestion, QuestionNumber } from './types.js';

/**
 * A figure rather than a count: a bare "2" or "5" (two people, five years, 5G) says too little to
 * find a fact by, while an amount, a percentage or a decimal is the article's own.
 */
function isFigure(number: QuestionNumber): boolean {
  return number.scale !== undefined || number.currency !== undefined || number.percent === true || !Number.isInteger(number.value);
}

/** How far a figure said with "about", "nearly" or "over" ("about 62 billion") may be from the article's (62.3 billion). */
const APPROXIMATION = 0.1;

function sameValue(stated: number, figure: QuestionNumber): boolean {
  return figure.approximate === true ? Math.abs(stated - figure.value) <= APPROXIMATION * Math.abs(stated) : stated === figure.value;
}

/**
 * Whether the fact states this figure: the same value (or near it, for an approximate one), and the
 * same scale, currency and percentage where the question gives them.
 */
function states(fact: Fact, figure: QuestionNumber): boolean {
  return fact.numbers.some(
    (number) =>
      sameValue(number.value, figure) &&
      (figure.scale === undefined || number.scale === figure.scale) &&
      (figure.currency === undefined || number.currency === figure.currency) &&
      (figure.percent !== true || number.percent === true),
  );
}

/** The figures the question quotes that some of `facts` state. */
export function quotedFigures(question: NormalizedQuestion, facts: readonly Fact[]): QuestionNumber[] {
  return question.numbers.filter((number) => isFigure(number) && facts.some((fact) => states(fact, number)));
}

/** Whether the fact states one of the figures (from `quotedFigures`), so a question quoting it may be about it. */
export function statesQuotedFigure(fact: Fact, figures: readonly QuestionNumber[]): boolean {
  return figures.some((figure) => states(fact, figure));
}
