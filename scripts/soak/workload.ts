/**
 * What the soak clients send: mostly real questions in ongoing conversations
 * (follow-ups included), some without a session, some hostile but valid
 * (markup, emoji, right-to-left, control characters), and some invalid
 * (malformed JSON, wrong types, too long), which must get 400, never a 5xx.
 */

const CONVERSATIONS = [
  ['Who is Guo Ping?', 'What did he say about backdoors?'],
  ['What were sales last year?', 'And profit?', 'How much is that in pounds?'],
  ['Who was arrested in Canada?', 'When?', 'Why?'],
  ['Which countries have restricted Huawei?', 'What about Germany?'],
];
const SINGLE = ['How much profit did Huawei make?', 'When was Huawei founded?', 'How many employees does Huawei have?', 'hello', 'thanks'];
const HOSTILE = [
  '<script>alert(1)</script> profit?',
  "' OR 1=1 -- how much profit",
  'ما هو ربح هواوي؟',
  '👨‍👩‍👧‍👦🇨🇳 sales?? 💰💰💰',
  'How much\u0000 profit\u202e did\u200b Huawei make?',
  '?'.repeat(400),
  '{"__proto__": {"polluted": true}}',
];
const INVALID = ['{"question": ', '{"question": 42}', JSON.stringify({ question: 'x'.repeat(600) }), '[]', JSON.stringify({ question: 'hi', sessionId: '../etc' })];

/** Request bodies in the order the clients cycle through them; `sessions` distinct conversation ids. */
export function soakBodies(sessions = 500): string[] {
  const bodies: string[] = [];
  for (let session = 0; session < sessions; session += 1) {
    const turns = CONVERSATIONS[session % CONVERSATIONS.length] ?? [];
    for (const question of turns) bodies.push(JSON.stringify({ question, sessionId: `soak-${session}` }));
    bodies.push(JSON.stringify({ question: SINGLE[session % SINGLE.length] }));
    if (session % 3 === 0) bodies.push(JSON.stringify({ question: HOSTILE[session % HOSTILE.length], sessionId: `soak-${session}` }));
    if (session % 5 === 0) bodies.push(INVALID[session % INVALID.length] ?? '{}');
  }
  return bodies;
}

/** Statuses the workload is meant to produce: answers, and 400 for the invalid bodies. */
export const EXPECTED_STATUSES: ReadonlySet<number> = new Set([200, 400]);
