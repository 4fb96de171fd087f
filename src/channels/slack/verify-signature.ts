/**
 * Checks that a request really comes from Slack, before anything reads it.
 *
 * We do this ourselves because botbuilder-adapter-slack's check throws on a
 * missing header (which kills the process through Botkit's route), is
 * silently skipped when the raw body was not captured, and accepts replays of
 * any age. See https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import { sendError } from '../http/error-response.js';
import type { SlackLogger } from './logger.js';

/** Oldest (or most future) request timestamp accepted; Slack's own recommendation, against replays. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Largest body read before verification; Events API payloads are a few kilobytes. */
export const MAX_SLACK_BODY = '256kb';

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

export interface SignedRequest {
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  readonly rawBody: Buffer;
}

export type Verification = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Verifies `X-Slack-Signature` against HMAC-SHA256 of `v0:{timestamp}:{raw body}`, in constant time. */
export function verifySlackSignature(signingSecret: string, request: SignedRequest, nowSeconds: number): Verification {
  const { timestamp, signature, rawBody } = request;
  if (timestamp === undefined || signature === undefined) {
    return { ok: false, reason: 'X-Slack-Request-Timestamp and X-Slack-Signature headers are required' };
  }
  if (!TIMESTAMP.test(timestamp)) return { ok: false, reason: 'X-Slack-Request-Timestamp is not a Unix time in seconds' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, reason: `X-Slack-Request-Timestamp is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes off` };
  }
  // The format check also guarantees equal lengths, which timingSafeEqual requires.
  if (!SIGNATURE.test(signature)) return { ok: false, reason: 'X-Slack-Signature is not of the form v0=<64 hex digits>' };
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return { ok: false, reason: 'X-Slack-Signature does not match' };
  return { ok: true };
}

export interface VerifyOptions {
  readonly signingSecret: string;
  readonly log: SlackLogger;
  /** Current Unix time in seconds; injectable for tests. */
  readonly now?: () => number;
}

/**
 * Reads the body as raw bytes (whatever its content type) and lets the
 * request through only if Slack signed it; otherwise answers 401 JSON.
 * Afterwards `req.body` is the verified raw `Buffer`.
 */
export function verifiedSlackBody({ signingSecret, log, now = () => Math.floor(Date.now() / 1000) }: VerifyOptions): RequestHandler[] {
  const readRaw = express.raw({ type: () => true, limit: MAX_SLACK_BODY });
  const verify: RequestHandler = (req, res, next) => {
    const rawBody: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    req.body = rawBody;
    const result = verifySlackSignature(
      signingSecret,
      { timestamp: req.get('X-Slack-Request-Timestamp'), signature: req.get('X-Slack-Signature'), rawBody },
      now(),
    );
    if (result.ok) return next();
    log.warn({ path: req.path, reason: result.reason }, 'rejected an unverified Slack request');
    sendError(res, 'unauthorized', `Slack request verification failed: ${result.reason}.`);
  };
  return [readRaw, verify];
}
