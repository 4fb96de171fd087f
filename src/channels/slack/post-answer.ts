/**
 * Answers a mention or DM with `chat.postMessage`, after the event was
 * acknowledged. A 429 is waited out and retried (bounded); any other failure
 * is logged with Slack's error code and where the answer was going (never
 * the question: question text is personal data, logged only at `debug`, by
 * the engine's `answered` line), so nothing is lost without a trace and
 * nothing reaches the process as an unhandled error.
 */
import type { WebClient } from '@slack/web-api';
import type { Engine } from '../../pipeline/answer-question.js';
import type { IncomingQuestion } from './incoming-question.js';
import type { SlackLogger } from './logger.js';
import { describeSlackError, withRateLimitRetry, type RetryOptions } from './slack-api.js';
import { slackReplyFor } from './slack-reply-for.js';

export interface AnswerDeps {
  readonly engine: Engine;
  readonly client: WebClient;
  readonly log: SlackLogger;
  readonly retry?: RetryOptions;
}

export async function postAnswer({ engine, client, log, retry }: AnswerDeps, incoming: IncomingQuestion): Promise<void> {
  const { question, sessionId, channel, threadTs } = incoming;
  const reply = await slackReplyFor(engine, question, sessionId, log);
  try {
    await withRateLimitRetry(
      () => client.chat.postMessage({ channel, thread_ts: threadTs, text: reply.text, blocks: [...reply.blocks], unfurl_links: false }),
      retry,
    );
  } catch (error) {
    log.error({ ...describeSlackError(error), channel, threadTs }, 'could not post the answer to Slack');
  }
}
