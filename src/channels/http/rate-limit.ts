/**
 * Per-client rate limiting for the question API: a token bucket per client
 * address (`req.ip`, which honours `X-Forwarded-For` only from a loopback
 * proxy). A refused request gets 429 `rate_limited` with `Retry-After` in
 * whole seconds. Health, readiness and metrics routes are never limited:
 * they are mounted apart from the routes this guards.
 *
 * Each process counts on its own: behind a load balancer with N processes a
 * client may get up to N times the rate.
 */
import type { RequestHandler } from 'express';
import type { RateLimitConfig } from '../../config.js';
import { RequestError } from '../../errors.js';
import { TokenBuckets } from './token-bucket.js';

export interface RateLimitOptions extends RateLimitConfig {
  readonly now?: () => number;
}

/** A middleware that refuses clients over the limit; passes everything when `perMinute` is 0. */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  if (options.perMinute === 0) return (_req, _res, next) => next();
  const buckets = new TokenBuckets(options);
  return (req, res, next) => {
    // CORS preflights are the browser's, not the reader's; they cost nothing to answer.
    if (req.method === 'OPTIONS') return next();
    const result = buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (result.allowed) return next();
    const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
    res.set('Retry-After', String(seconds));
    next(new RequestError('rate_limited', `Too many questions from this address; try again in ${seconds} s.`));
  };
}
