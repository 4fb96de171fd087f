/**
 * Splits the article into numbered sentences with exact character offsets.
 *
 * A general-purpose tokenizer gets this text wrong (it splits `£76.6` and
 * `U.S.`), so the rules here are written for news prose: a sentence ends at
 * `.`, `?` or `!` (plus any closing quote) when whitespace and a capital or an
 * opening quote follow, unless the word before is a title such as `Mr`.
 * A paragraph end always ends a sentence, which is how the headline and the
 * final, unpunctuated "Profit rose…" line become sentences of their own.
 */

/** One sentence of the article: `text === article.slice(start, end)`. */
export interface Sentence {
  /** Stable id, `s1` for the headline and counting on in reading order. */
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Zero-based paragraph index; the headline is paragraph 0. */
  readonly paragraph: number;
}

// Titles and abbreviations whose full stop does not end a sentence.
const NON_TERMINAL_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'u.s', 'u.k', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'jr', 'sr']);
// Lines the publisher appends to the story that are not part of it.
const BOILERPLATE = [/^read full story$/i];

const TERMINATOR = /[.?!]/;
const CLOSING = /[”’"')\]]/;
const OPENING_OR_CAPITAL = /[“‘"'(\p{Lu}\d]/u;

export function segmentSentences(article: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of paragraphs(article)) {
    if (BOILERPLATE.some((pattern) => pattern.test(block.text.trim()))) continue;
    for (const [start, end] of sentenceSpans(block.text)) {
      sentences.push({
        id: `s${sentences.length + 1}`,
        text: article.slice(block.start + start, block.start + end),
        start: block.start + start,
        end: block.start + end,
        paragraph,
      });
    }
    paragraph += 1;
  }
  return sentences;
}

function* paragraphs(article: string): Generator<{ text: string; start: number }> {
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of article.matchAll(separator)) {
    yield { text: article.slice(start, match.index), start };
    start = match.index + match[0].length;
  }
  if (start < article.length) yield { text: article.slice(start), start };
}

/** Offsets of the sentences inside one paragraph, whitespace trimmed. */
function sentenceSpans(paragraph: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = skipSpace(paragraph, 0);
  for (let i = start; i < paragraph.length; i += 1) {
    if (!TERMINATOR.test(paragraph[i] ?? '')) continue;
    let end = i + 1;
    while (CLOSING.test(paragraph[end] ?? '')) end += 1;
    const next = skipSpace(paragraph, end);
    if (next === end || next >= paragraph.length) continue;
    if (!OPENING_OR_CAPITAL.test(paragraph[next] ?? '')) continue;
    if (paragraph[i] === '.' && endsWithNonTerminalWord(paragraph.slice(start, i))) continue;
    spans.push([start, end]);
    start = next;
    i = next - 1;
  }
  const end = trimEnd(paragraph);
  if (end > start) spans.push([start, end]);
  return spans;
}

function endsWithNonTerminalWord(text: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(text)?.[1]?.toLowerCase();
  return word !== undefined && NON_TERMINAL_WORDS.has(word);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  return i;
}

function trimEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}
