/**
 * The Slack channel: Events API (`POST /slack/events`) and the
 * `/ask-article` slash command (`POST /slack/commands`) on the bot's own
 * Express app. Creating it contacts nobody: no port is opened and Slack is
 * not called until there is a question to answer. Setup: docs/slack.md.
 */
import type { Express } from 'express';
import type { SlackConfig } from '../../config.js';
import type { ServedArticles } from '../../served-articles.js';
import type { Channel } from '../http/create-app.js';
import { MemoryAnsweredThreads, type AnsweredThreads } from './answered-threads.js';
import { BackgroundTasks } from './background-tasks.js';
import { createBotkitSlack } from './botkit-slack.js';
import { channelArticle } from './choose-article.js';
import { commandsRouter } from './commands-route.js';
import { MemoryEventDeduplicator, type EventDeduplicator } from './event-deduplicator.js';
import { eventsRouter } from './events-route.js';
import { incomingQuestion, type IncomingQuestion, type MessageKind } from './incoming-question.js';
import { consoleLogger, type SlackLogger } from './logger.js';
import { postAnswer } from './post-answer.js';
import { createSlackClient, type RetryOptions } from './slack-api.js';
import { answerSlashCommand, DEFAULT_COMMAND_DEADLINE_MS, slashCommandPayload } from './slash-command.js';
import { verifiedSlackBody } from './verify-signature.js';

export type { AnsweredThreads } from './answered-threads.js';
export type { EventDeduplicator } from './event-deduplicator.js';
export { MemoryEventDeduplicator } from './event-deduplicator.js';
export type { SlackLogger } from './logger.js';

export interface SlackChannelOptions {
  /** Remembers handled event ids; in memory by default (one process). */
  readonly deduplicator?: EventDeduplicator;
  /** Remembers the threads the bot answered in, whose replies it then answers without a mention; in memory by default. */
  readonly answeredThreads?: AnsweredThreads;
  readonly log?: SlackLogger;
  /** How long a slash command waits for its answer before acknowledging without it. */
  readonly commandDeadlineMs?: number;
  /** Bounds on retrying rate-limited Web API calls. */
  readonly retry?: RetryOptions;
  /** Current Unix time in seconds, for the signature's replay window. */
  readonly now?: () => number;
}

export interface SlackChannel extends Channel {
  /** Resolves when every answer started so far has been sent (or has failed and been logged). */
  idle(): Promise<void>;
  /** Waits for the answers in flight; the server should have stopped taking requests first. */
  close(): Promise<void>;
}

export function createSlackChannel(articles: ServedArticles, config: SlackConfig, options: SlackChannelOptions = {}): SlackChannel {
  const log = options.log ?? consoleLogger;
  const tasks = new BackgroundTasks(log);
  const client = createSlackClient(config);
  const botUsers = new Map<string, string>();
  const { channelArticles } = config;
  const answersIn = (channel: string) => ({ engine: channelArticle(articles, channelArticles, channel).engine, client, log, retry: options.retry });
  const threads = options.answeredThreads ?? new MemoryAnsweredThreads();
  const commands = { articles, channelArticles, log, tasks, deadlineMs: options.commandDeadlineMs ?? DEFAULT_COMMAND_DEADLINE_MS };

  const botkit = createBotkitSlack({
    signingSecret: config.signingSecret,
    botToken: config.botToken,
    client,
    botUserFor: (team) => botUsers.get(team),
    log,
    handlers: {
      onMessage: async (kind, event, team) => {
        const incoming = incomingQuestion(kind, event, team, botUsers.get(team));
        if (incoming === undefined || !(await isOurs(kind, incoming, team))) return;
        if (kind !== 'direct_message') await rememberThread(incoming, team);
        await postAnswer(answersIn(incoming.channel), incoming);
      },
      onSlashCommand: async (payload) => answerSlashCommand(commands, slashCommandPayload.parse(payload)),
    },
  });
  /** A thread reply is ours to answer only in a thread we answered in; when that cannot be checked, we keep out of it. */
  async function isOurs(kind: MessageKind, { channel, threadTs }: IncomingQuestion, team: string): Promise<boolean> {
    if (kind !== 'thread_reply' || threadTs === undefined) return true;
    try {
      return await threads.has({ team, channel, threadTs });
    } catch (error) {
      log.warn({ channel, threadTs, err: error instanceof Error ? error.message : String(error) }, 'could not check whether the bot is in this thread; not answering');
      return false;
    }
  }

  async function rememberThread({ channel, threadTs }: IncomingQuestion, team: string): Promise<void> {
    if (threadTs === undefined) return;
    try {
      await threads.remember({ team, channel, threadTs });
    } catch (error) {
      log.warn({ channel, threadTs, err: error instanceof Error ? error.message : String(error) }, 'could not remember the thread; replies there will need a mention');
    }
  }

  const verified = verifiedSlackBody({ signingSecret: config.signingSecret, log, now: options.now });

  return {
    name: 'slack',
    mount(app: Express) {
      app.use(eventsRouter({ verified, deduplicator: options.deduplicator ?? new MemoryEventDeduplicator(), tasks, botkit, botUsers, log }));
      app.use(commandsRouter({ verified, botkit, log }));
    },
    idle: () => tasks.idle(),
    close: () => tasks.idle(),
  };
}
