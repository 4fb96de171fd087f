/**
 * Generators of the questions hostile or careless clients send: any Unicode
 * (astral planes, lone surrogates), emoji sequences, right-to-left text and
 * bidi overrides, control and invisible characters, very long strings,
 * repeated punctuation, and SQL/HTML/JSON/template fragments, mixed with
 * real questions so the engine's answering paths are fuzzed too.
 */
import fc from 'fast-check';

export const REAL_QUESTIONS = [
  'How much profit did Huawei make?',
  'Who is Guo Ping?',
  'What did he say about backdoors?',
  'Why?',
  'When?',
  'And profit?',
  'How much is that in pounds?',
  'Who was arrested in Canada?',
  'Which countries have restricted Huawei?',
  'How many employees does Huawei have?',
  'hello',
];

const INJECTIONS = [
  "' OR 1=1 --",
  "Robert'); DROP TABLE students;--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '${7*7}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '%00%0d%0a',
  '\\u0000',
  'null',
  'undefined',
  'NaN',
  '[]',
  '{}',
  'SELECT * FROM facts WHERE 1=1;',
  '$where: function() { return true }',
];

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇨🇳', '🇬🇧', '🏳️‍🌈', '❤️', '💰', '📉', '🤖', '#️⃣', '\u{1F9D1}\u200D\u{1F4BB}'];
const RTL = ['ما هو ربح هواوي؟', 'מה הרווח של וואווי?', 'هواوي', '\u202Ewhat is profit\u202C', '\u2067سؤال\u2069', 'سلام'];
const INVISIBLE = ['\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u001b[31m', '\u007f', '\u0085', '\u009f', '\u200b', '\u200d', '\u200e', '\u202a', '\u202e', '\u2060', '\ufeff', '\ud800', '\udfff'];
const PUNCTUATION = ['?', '!', '.', ',', '…', '¿', '؟', '-', '*', '"', "'", '`'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_QUESTIONS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PUNCTUATION), fc.integer({ min: 2, max: 300 })).map(([mark, times]) => mark.repeat(times)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.mixedCase(fc.constantFrom('huawei', 'profit', 'guo ping', 'meng wanzhou', 'ncsc', '5g')) },
);

/** A question of a few fragments, sometimes very long (up to ~5,000 characters). */
export const hostileQuestion: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.array(fragment, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fragment, fc.integer({ min: 10, max: 120 })).map(([part, times]) => `${part} `.repeat(times).slice(0, 5000)) },
);
