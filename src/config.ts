/**
 * All configuration, read once from environment variables with embedded
 * defaults, validated and frozen. Nothing else in the code reads `process.env`.
 * Every setting is documented here and in the README's "Configuration" table.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface SlackConfig {
  /** Signing secret from the Slack app's "Basic Information" page. */
  readonly signingSecret: string;
  /** Bot user OAuth token (`xoxb-…`). */
  readonly botToken: string;
  /** Base URL of Slack's Web API; change it for GovSlack or a local fake. */
  readonly apiUrl: string;
}

export interface Config {
  /** TCP port the server listens on. */
  readonly port: number;
  /** Interface the server binds; loopback by default so a dev machine does not expose the bot. */
  readonly host: string;
  /** Folder with `article.txt`, `sentences.json`, `facts.json` and `lexicon.json`. */
  readonly knowledgeDir: string;
  /** Folder of intent files (`*.json`). */
  readonly intentsDir: string;
  /** Folder for files the running bot writes (the unanswered-questions log). */
  readonly dataDir: string;
  /** How long an idle conversation keeps its context. */
  readonly sessionTtlMs: number;
  /** Most conversations held at once; the least recently used is dropped beyond it. */
  readonly maxSessions: number;
  /** Origins allowed to embed the web widget cross-origin; empty means same origin only. */
  readonly widgetOrigins: readonly string[];
  /** Public URL of the article, which widget citations link to outside the demo page. */
  readonly articleUrl: string | undefined;
  /** Slack channel settings; undefined (channel off) unless both secret and token are set. */
  readonly slack: SlackConfig | undefined;
  /** Log level for the JSON logs. */
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration; throws a `ConfigError` naming the setting. */
export function loadConfig(env: Env = process.env): Config {
  const slackSecret = optional(env, 'SLACK_SIGNING_SECRET');
  const slackToken = optional(env, 'SLACK_BOT_TOKEN');
  if ((slackSecret === undefined) !== (slackToken === undefined)) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN must be set together (or neither, to run without Slack).',
    );
  }
  return Object.freeze({
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    knowledgeDir: optional(env, 'KNOWLEDGE_DIR') ?? `${projectRoot}knowledge`,
    intentsDir: optional(env, 'INTENTS_DIR') ?? `${projectRoot}intents`,
    dataDir: optional(env, 'DATA_DIR') ?? `${projectRoot}data`,
    sessionTtlMs: integer(env, 'SESSION_TTL_SECONDS', 1800, 1, 7 * 24 * 3600) * 1000,
    maxSessions: integer(env, 'MAX_SESSIONS', 10_000, 1, 10_000_000),
    widgetOrigins: Object.freeze(origins(env, 'WIDGET_ORIGINS')),
    articleUrl: url(env, 'ARTICLE_URL'),
    slack:
      slackSecret !== undefined && slackToken !== undefined
        ? Object.freeze({
            signingSecret: slackSecret,
            botToken: slackToken,
            apiUrl: withTrailingSlash(url(env, 'SLACK_API_URL') ?? 'https://slack.com/api/'),
          })
        : undefined,
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  });
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${text}" is not valid: use a whole number from ${min} to ${max}.`);
  }
  return value;
}

function url(env: Env, name: string): string | undefined {
  const text = optional(env, name);
  if (text === undefined) return undefined;
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw new ConfigError(`${name}="${text}" is not valid: use an http:// or https:// URL.`);
  }
  return text;
}

function origins(env: Env, name: string): string[] {
  const text = optional(env, name);
  if (text === undefined) return [];
  return text.split(',').map((part) => {
    const origin = part.trim();
    if (!URL.canParse(origin) || new URL(origin).origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(`${name} entry "${origin}" is not an origin: use scheme://host[:port], comma-separated.`);
    }
    return new URL(origin).origin;
  });
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new ConfigError(`${name}="${text}" is not valid: use one of ${allowed.join(', ')}.`);
  }
  return text as T;
}

function withTrailingSlash(text: string): string {
  return text.endsWith('/') ? text : `${text}/`;
}
