/**
 * `/ask-article [article] <question>`: answered ephemerally (only the asker
 * sees it), about the article named first, else the channel's default one.
 * The engine answers in milliseconds, so the answer normally travels in the
 * acknowledgement itself; if it is not ready before the deadline, a short
 * "looking it up" goes back instead and the answer follows through the
 * command's `response_url`, keeping within Slack's 3-second window.
 */
import { setTimeout as wait } from 'node:timers/promises';
import { z } from 'zod';
import type { ServedArticles } from '../../served-articles.js';
import type { BackgroundTasks } from './background-tasks.js';
import { commandArticle } from './choose-article.js';
import { slackSessionId } from './incoming-question.js';
import type { SlackLogger } from './logger.js';
import { renderNotice, type SlackReply } from './render-reply.js';
import { REQUEST_TIMEOUT_MS } from './slack-api.js';
import { questionFromSlackText } from './slack-text.js';
import { slackReplyFor } from './slack-reply-for.js';

/** How long the acknowledgement waits for the answer; leaves a margin below Slack's 3 s for the network. */
export const DEFAULT_COMMAND_DEADLINE_MS = 2000;

/** The fields of a slash command payload (`application/x-www-form-urlencoded`) we rely on. */
export const slashCommandPayload = z.looseObject({
  command: z.string(),
  text: z.string().default(''),
  team_id: z.string(),
  channel_id: z.string(),
  user_id: z.string(),
  response_url: z.url().optional(),
});
export type SlashCommandPayload = z.infer<typeof slashCommandPayload>;

export interface EphemeralResponse extends SlackReply {
  readonly response_type: 'ephemeral';
}

export interface CommandDeps {
  readonly articles: ServedArticles;
  /** Channel id → its default article's slug. */
  readonly channelArticles: ReadonlyMap<string, string>;
  readonly log: SlackLogger;
  readonly tasks: BackgroundTasks;
  readonly deadlineMs: number;
}

/** The body to acknowledge the command with. */
export async function answerSlashCommand(deps: CommandDeps, payload: SlashCommandPayload): Promise<EphemeralResponse> {
  const { articles, channelArticles, log, tasks, deadlineMs } = deps;
  // One conversation per person per channel (and article): the answers are private to them.
  const sessionId = slackSessionId(payload.team_id, payload.channel_id, 'command', payload.user_id);
  const { article, question } = commandArticle(articles, channelArticles, payload.channel_id, questionFromSlackText(payload.text));
  const answer = slackReplyFor(article.engine, question, sessionId, log);
  const stopWaiting = new AbortController();
  const late = wait(deadlineMs, undefined, { signal: stopWaiting.signal }).catch(() => undefined);
  const inTime = await Promise.race([answer, late]);
  stopWaiting.abort();
  if (inTime !== undefined) return ephemeral(inTime);

  const responseUrl = payload.response_url;
  if (responseUrl === undefined) {
    log.warn({ sessionId }, 'slash command answer was late and the command has no response_url');
    return ephemeral(renderNotice('Sorry, that took too long. Please try again.'));
  }
  tasks.run({ sessionId }, async () => sendLater(responseUrl, ephemeral(await answer), log));
  return ephemeral(renderNotice('Looking that up…'));
}

async function sendLater(responseUrl: string, body: EphemeralResponse, log: SlackLogger): Promise<void> {
  try {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) log.error({ slackError: 'http_error', detail: `HTTP ${response.status}` }, 'could not send the slash command answer');
  } catch (error) {
    log.error({ slackError: 'request_error', detail: error instanceof Error ? error.message : String(error) }, 'could not send the slash command answer');
  }
}

function ephemeral(reply: SlackReply): EphemeralResponse {
  return { response_type: 'ephemeral', ...reply };
}
