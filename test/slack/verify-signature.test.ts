import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_SECONDS, verifySlackSignature } from '../../src/channels/slack/verify-signature.js';
import { sign } from './harness.js';

// The worked example from https://api.slack.com/authentication/verifying-requests-from-slack
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SLACK_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const NOW = Number(TIMESTAMP) + 10;

const verify = (overrides: { timestamp?: string | undefined; signature?: string | undefined; body?: string } = {}, now = NOW) =>
  verifySlackSignature(
    SECRET,
    {
      timestamp: 'timestamp' in overrides ? overrides.timestamp : TIMESTAMP,
      signature: 'signature' in overrides ? overrides.signature : SLACK_SIGNATURE,
      rawBody: Buffer.from(overrides.body ?? BODY),
    },
    now,
  );

describe('verifySlackSignature', () => {
  it("accepts Slack's documented example", () => {
    expect(sign(BODY, TIMESTAMP, SECRET)).toBe(SLACK_SIGNATURE);
    expect(verify()).toEqual({ ok: true });
  });

  it('accepts a timestamp up to 5 minutes off either way', () => {
    expect(verify({}, Number(TIMESTAMP) + MAX_CLOCK_SKEW_SECONDS).ok).toBe(true);
    expect(verify({}, Number(TIMESTAMP) - MAX_CLOCK_SKEW_SECONDS).ok).toBe(true);
  });

  it.each([
    ['a replayed request older than 5 minutes', {}, Number(TIMESTAMP) + MAX_CLOCK_SKEW_SECONDS + 1, /more than 5 minutes off/],
    ['a timestamp from the future', {}, Number(TIMESTAMP) - MAX_CLOCK_SKEW_SECONDS - 1, /more than 5 minutes off/],
    ['a missing signature', { signature: undefined }, NOW, /headers are required/],
    ['a missing timestamp', { timestamp: undefined }, NOW, /headers are required/],
    ['a timestamp that is not a number', { timestamp: '1531420618.5' }, NOW, /not a Unix time/],
    ['a signature of the wrong length', { signature: SLACK_SIGNATURE.slice(0, -1) }, NOW, /not of the form/],
    ['a signature with another version', { signature: SLACK_SIGNATURE.replace('v0=', 'v1=') }, NOW, /not of the form/],
    ['an upper-case signature', { signature: SLACK_SIGNATURE.toUpperCase() }, NOW, /not of the form/],
    ['a tampered body', { body: BODY.replace('roadrunner', 'coyote') }, NOW, /does not match/],
    ['a signature for another timestamp', { timestamp: String(NOW) }, NOW, /does not match/],
  ] as const)('rejects %s', (_name, overrides, now, reason) => {
    const result = verify(overrides, now);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('signs the raw bytes, so non-ASCII bodies verify exactly', () => {
    const body = '{"text":"£76.6bn — Huawei’s sales"}';
    expect(verifySlackSignature(SECRET, { timestamp: TIMESTAMP, signature: sign(body, TIMESTAMP, SECRET), rawBody: Buffer.from(body) }, NOW)).toEqual({ ok: true });
  });
});
