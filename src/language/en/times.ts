/**
 * Words that date what a sentence says: a year, a month, a weekday, or a time
 * counted from now ("last year", "two weeks ago"). A sentence holding one
 * answers "When…?" whatever else it is about.
 */
const DATING = new RegExp(
  [
    '\\b(?:19|20)\\d\\d\\b',
    '\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b',
    // "May" the month, not the verb: after a preposition, or beside a day's number.
    '\\b(?:in|since|until|by|of|early|late|mid-?) may\\b|\\bmay \\d{1,2}\\b|\\b\\d{1,2} may\\b',
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\\b',
    '\\b(?:last|this|next|previous|coming) (?:year|month|week|decade|quarter|spring|summer|autumn|winter)\\b',
    '\\b\\w+ (?:years?|months?|weeks?|days?) ago\\b',
  ].join('|'),
  'i',
);

/** Whether `text` says when something happened or will happen. */
export function statesATime(text: string): boolean {
  return DATING.test(text);
}

const RELATIVE_PERIOD = /\b(last|this|next|previous|coming) (year|month|week|decade|quarter)\b/gi;
const SAME_PERIOD: Readonly<Record<string, string>> = { previous: 'last', coming: 'next' };

/** The periods counted from now that `text` names, as "last year", "this year", "next year". */
export function relativePeriods(text: string): string[] {
  return [...text.matchAll(RELATIVE_PERIOD)].map(([, which = '', unit = '']) => `${SAME_PERIOD[which.toLowerCase()] ?? which.toLowerCase()} ${unit.toLowerCase()}`);
}
