/**
 * Our Slack Web API client. The adapter would build one aimed at slack.com
 * with the SDK's own retry policy; we build it aimed at the configured URL
 * (GovSlack, a local fake) with SDK retries off, and retry rate-limited calls
 * here, where the number of attempts and the longest wait are ours to bound.
 */
import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import type { SlackConfig } from '../../config.js';

/** Calls attempted per message, the first included. */
export const MAX_ATTEMPTS = 3;
/** Longest `Retry-After` we wait out; a longer one fails the call instead of holding the answer for minutes. */
export const MAX_RETRY_AFTER_SECONDS = 30;
/** Per-request timeout, so a hung connection cannot hold an answer forever. */
export const REQUEST_TIMEOUT_MS = 10_000;

export function createSlackClient({ botToken, apiUrl }: SlackConfig): WebClient {
  return new WebClient(botToken, {
    slackApiUrl: apiUrl,
    timeout: REQUEST_TIMEOUT_MS,
    // With retries off the SDK would otherwise sleep through a 429 itself and then fail; this makes it throw at once.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // We log failures ourselves, with their Slack error code.
    logLevel: LogLevel.ERROR,
  });
}

export interface RetryOptions {
  readonly maxAttempts?: number;
  readonly maxRetryAfterSeconds?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Runs a Web API call, waiting out `Retry-After` on a 429 and trying again, within the bounds above. */
export async function withRateLimitRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { maxAttempts = MAX_ATTEMPTS, maxRetryAfterSeconds = MAX_RETRY_AFTER_SECONDS, sleep = delay } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const retryAfter = rateLimitDelay(error);
      if (retryAfter === undefined || attempt >= maxAttempts || retryAfter > maxRetryAfterSeconds) throw error;
      await sleep(retryAfter * 1000);
    }
  }
}

/** The fields the SDK's coded errors may carry (`WebAPICallError` is a union that has them on different members). */
interface SlackErrorFields {
  readonly code?: string;
  readonly message?: string;
  readonly data?: { readonly error?: string };
  readonly retryAfter?: number;
  readonly statusCode?: number;
}

function rateLimitDelay(error: unknown): number | undefined {
  const fields = (error ?? {}) as SlackErrorFields;
  return fields.code === ErrorCode.RateLimitedError ? fields.retryAfter : undefined;
}

/** What to log about a failed call: Slack's own error code (`channel_not_found`, `invalid_auth`…) where there is one. */
export function describeSlackError(error: unknown): { slackError: string; detail?: string } {
  const fields = (error ?? {}) as SlackErrorFields;
  switch (fields.code) {
    case ErrorCode.PlatformError:
      return { slackError: fields.data?.error ?? 'unknown' };
    case ErrorCode.RateLimitedError:
      return { slackError: 'ratelimited', detail: `Retry-After ${fields.retryAfter} s` };
    case ErrorCode.HTTPError:
      return { slackError: 'http_error', detail: `HTTP ${fields.statusCode}` };
    case ErrorCode.RequestError:
      return { slackError: 'request_error', detail: fields.message ?? '' };
    default:
      return { slackError: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
