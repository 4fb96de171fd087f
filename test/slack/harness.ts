/**
 * Starts the real server (createApp + the real engine + the Slack channel)
 * on a free 127.0.0.1 port, pointed at a fake Slack Web API, and sends it
 * requests signed the way Slack signs them.
 */
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { createBot, type Bot } from '../../src/bootstrap.js';
import { createApp } from '../../src/channels/http/create-app.js';
import { createSlackChannel, type SlackChannel, type SlackChannelOptions, type SlackLogger } from '../../src/channels/slack/index.js';
import { loadConfig } from '../../src/config.js';
import type { Engine } from '../../src/pipeline/answer-question.js';
import type { AskInput } from '../../src/pipeline/types.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const BOT_TOKEN = 'xoxb-test-token';
export const TEAM = 'T0TEST';
export const BOT_USER = 'U0BOT';
export const BOT_ID = 'B0BOT';
export const ALICE = 'U0ALICE';
export const CHANNEL = 'C0GENERAL';
export const DM = 'D0ALICE';

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

export interface SendOptions {
  /** `null` leaves the header out; by default the current time and a correct signature are sent. */
  readonly timestamp?: string | null;
  readonly signature?: string | null;
  readonly headers?: Record<string, string>;
}

export interface Harness {
  readonly baseUrl: string;
  readonly fake: FakeSlack;
  readonly channel: SlackChannel;
  readonly engine: Engine;
  readonly logs: LogEntry[];
  /** Every question the Slack channel put to an engine, with the slug of the article it was about. */
  readonly asked: AskedQuestion[];
  sendEvent(envelope: unknown, options?: SendOptions): Promise<Response>;
  sendCommand(form: Record<string, string>, options?: SendOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface AskedQuestion extends AskInput {
  readonly article: string;
}

export interface HarnessOptions {
  /** Settings over the harness's own (e.g. KNOWLEDGE_DIR, SLACK_CHANNEL_ARTICLES); the first harness of a file fixes the bot's. */
  readonly env?: Record<string, string>;
  /** Delay added before every engine answer, to show what happens when answering is slow. */
  readonly engineDelayMs?: number;
  /** Web API URL instead of the fake's (e.g. one nobody listens on). */
  readonly apiUrl?: string;
  readonly channel?: Omit<SlackChannelOptions, 'log'>;
}

let bot: Bot | undefined;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack(BOT_TOKEN);
  const config = loadConfig({ DEFAULT_ARTICLE: 'huawei', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: options.apiUrl ?? fake.apiUrl, ...options.env });
  // Training takes a moment; one bot serves every harness in a file (tests keep to their own threads).
  bot ??= createBot(config);
  const asked: AskedQuestion[] = [];
  const articles = bot.articles.withEngines((real, { slug }): Engine => ({
    ...real,
    ask: async (input) => {
      asked.push({ ...input, article: slug });
      if (options.engineDelayMs !== undefined) await delay(options.engineDelayMs);
      return real.ask(input);
    },
  }));
  const logs: LogEntry[] = [];
  const channel = createSlackChannel(articles, config.slack!, { ...options.channel, log: collect(logs) });
  const app = createApp({ articles, channels: [channel], logError: (error) => logs.push({ level: 'error', message: String(error), fields: {} }) });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const send = (path: string, body: string, contentType: string, sendOptions: SendOptions = {}) =>
    fetch(`${baseUrl}${path}`, { method: 'POST', headers: signedHeaders(body, contentType, sendOptions), body });

  return {
    baseUrl,
    fake,
    channel,
    engine: bot.engine,
    logs,
    asked,
    sendEvent: (envelope, sendOptions) => send('/slack/events', JSON.stringify(envelope), 'application/json', sendOptions),
    sendCommand: (form, sendOptions) => send('/slack/commands', new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded', sendOptions),
    close: async () => {
      await channel.close?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}

export function sign(body: string, timestamp: string, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function signedHeaders(body: string, contentType: string, options: SendOptions): Record<string, string> {
  const timestamp = options.timestamp === undefined ? String(nowSeconds()) : options.timestamp;
  const signature = options.signature === undefined ? sign(body, timestamp ?? '') : options.signature;
  return {
    'content-type': contentType,
    ...(timestamp === null ? {} : { 'x-slack-request-timestamp': timestamp }),
    ...(signature === null ? {} : { 'x-slack-signature': signature }),
    ...options.headers,
  };
}

function collect(logs: LogEntry[]): SlackLogger {
  const at = (level: LogEntry['level']) => (fields: object, message: string) => logs.push({ level, message, fields: { ...fields } });
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

let sequence = 0;

/** A Slack message timestamp no other test uses, so every test has threads and contexts of its own. */
export function uniqueTs(): string {
  sequence += 1;
  return `1700000000.${String(sequence).padStart(6, '0')}`;
}

/** An Events API envelope as Slack sends it, delivered on behalf of our bot user. */
export function envelope(event: Record<string, unknown>, eventId = `Ev${uniqueTs().replace('.', '')}`): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM,
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: eventId,
    event_time: nowSeconds(),
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    event,
  };
}

export function mention(question: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = uniqueTs();
  return envelope({ type: 'app_mention', user: ALICE, text: `<@${BOT_USER}> ${question}`, ts, event_ts: ts, channel: CHANNEL, ...fields });
}

export function directMessage(text: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = uniqueTs();
  return envelope({ type: 'message', channel_type: 'im', user: ALICE, text, ts, event_ts: ts, channel: DM, ...fields });
}

/** The text of every mrkdwn section in a recorded post, in order. */
export function blockTexts(params: Record<string, unknown>): string[] {
  const blocks = params.blocks as Array<{ text?: { text?: string } }> | undefined;
  return (blocks ?? []).map((block) => block.text?.text ?? '');
}
