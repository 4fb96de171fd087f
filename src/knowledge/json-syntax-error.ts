/**
 * Where a JSON file breaks, as `line L, column C: reason`, on one line.
 * V8's SyntaxError gives an offset for some mistakes and, for an unexpected
 * token (a trailing comma, a comment, an unquoted word), quotes the whole
 * input instead, newlines and all; so the offset is found by scanning the
 * text up to its first mistake, and the reason is kept to V8's first clause.
 */

export interface JsonSyntaxProblem {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/** Describes why `JSON.parse(text)` threw `error`. */
export function locateJsonSyntaxError(text: string, error: SyntaxError): JsonSyntaxProblem {
  const offset = firstSyntaxErrorOffset(text);
  const before = text.slice(0, offset).split('\n');
  const reason = (error.message.split(/, (?:\.\.\.)?"|\n/)[0] ?? error.message).replace(/ (?:in JSON )?at position \d+.*$/, '');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason };
}

/** A number, `true`, `false` or `null`, matched where the scan stands (sticky). */
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset of the first character that cannot continue a JSON text (`text.length` when it ends too soon). */
export function firstSyntaxErrorOffset(text: string): number {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1;
  };
  const fail = (): never => {
    throw at;
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[at] !== char) fail();
    at += 1;
  };
  const string = () => {
    expect('"');
    while (at < text.length && text[at] !== '"') {
      const char = text[at] ?? '';
      if (char < ' ') fail();
      at += char === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail();
    at += 1;
  };
  const list = (close: string, item: () => void) => {
    skipSpace();
    if (text[at] === close) {
      at += 1;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[at] === close) {
        at += 1;
        return;
      }
      expect(',');
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === '{') {
      at += 1;
      list('}', () => {
        string();
        expect(':');
        value();
      });
    } else if (char === '[') {
      at += 1;
      list(']', value);
    } else if (char === '"') {
      string();
    } else {
      LITERAL.lastIndex = at;
      const literal = LITERAL.exec(text);
      if (literal === null) fail();
      at += literal?.[0].length ?? 0;
    }
  };
  try {
    value();
    skipSpace();
    return at < text.length ? at : text.length;
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
}
