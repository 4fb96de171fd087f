import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from '../../src/knowledge/json-syntax-error.js';

function problemIn(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return locateJsonSyntaxError(text, error as SyntaxError);
  }
  throw new Error('the text parsed');
}

describe('locateJsonSyntaxError', () => {
  it.each([
    ['a trailing comma in an array', '[\n  1,\n  2,\n]', { line: 4, column: 1, reason: "Unexpected token ']'" }],
    ['a missing comma between properties', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, reason: "Expected ',' or '}' after property value" }],
    ['a comment', '{\n  // why\n  "a": 1\n}', { line: 2, column: 3, reason: "Expected property name or '}'" }],
    ['an unquoted word', '{"a": yes}', { line: 1, column: 7, reason: "Unexpected token 'y'" }],
    ['a file cut short', '{\n  "a": [1, 2', { line: 2, column: 13, reason: "Expected ',' or ']' after array element" }],
    ['text after the value', '{}\n}', { line: 2, column: 1, reason: 'Unexpected non-whitespace character after JSON' }],
    ['an empty file', '', { line: 1, column: 1, reason: 'Unexpected end of JSON input' }],
  ])('points at %s', (_what, text, expected) => {
    expect(problemIn(text)).toEqual(expected);
  });

  it('keeps the reason to one line even when V8 quotes a long input', () => {
    const text = `[${'"padding", '.repeat(50)}]`;
    expect(problemIn(text).reason).toBe("Unexpected token ']'");
  });
});
