/**
 * All configuration, read once from environment variables with embedded
 * defaults, validated and frozen. Nothing else in the code reads `process.env`.
 * Every setting is documented here and in the README's "Configuration" table.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';
import { ARTICLE_SLUG } from './knowledge/load-articles.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface SlackConfig {
  /** Signing secret from the Slack app's "Basic Information" page. */
  readonly signingSecret: string;
  /** Bot user OAuth token (`xoxb-…`). */
  readonly botToken: string;
  /** Base URL of Slack's Web API; change it for GovSlack or a local fake. */
  readonly apiUrl: string;
  /** Channel id → slug of the article that channel's mentions and commands are about by default. */
  readonly channelArticles: ReadonlyMap<string, string>;
}

export interface RedisConfig {
  /** `redis://[user:password@]host[:port][/db]` or `rediss://…` (TLS). Holds a secret: never log it whole. */
  readonly url: string;
  /** Prefix of every key the bot writes, so several bots (or other apps) can share one Redis. */
  readonly keyPrefix: string;
  /**
   * Longest wait for one Redis command. Past it the command fails and the bot
   * answers without conversation context rather than keep the reader waiting.
   */
  readonly commandTimeoutMs: number;
}

export interface RateLimitConfig {
  /** Questions each client may ask per minute on `POST /api/ask`, sustained; 0 turns the limit off. */
  readonly perMinute: number;
  /** Questions a client may ask at once: the limit counts `burst` questions per window of `burst / perMinute` minutes. */
  readonly burst: number;
  /**
   * IPv6 clients are counted by network, not by address: one host usually
   * holds a whole /64 (2^64 addresses), a home or office often a /56.
   */
  readonly ipv6Prefix: number;
  /** Addresses and CIDR ranges never limited (a load generator, a trusted backend); empty by default. */
  readonly exempt: readonly string[];
}

export interface OpsConfig {
  /** Port of the operations listener (`/metrics`, `/readyz`, `/healthz`). */
  readonly port: number;
  /** Its interface; loopback by default, so only the host (or a sidecar) scrapes it. */
  readonly host: string;
}

export interface Config {
  /** TCP port the server listens on. */
  readonly port: number;
  /** Interface the server binds; loopback by default so a dev machine does not expose the bot. */
  readonly host: string;
  /** Folder of article folders, one per article: `<slug>/article.txt`, `sentences.json`, `facts.json`… (docs/articles.md). */
  readonly knowledgeDir: string;
  /** Folder of intent folders, one per article: `<slug>/*.json`. */
  readonly intentsDir: string;
  /** Slug of the article `POST /api/ask`, `/` and the CLI use; undefined means the first by slug order. */
  readonly defaultArticle: string | undefined;
  /** Folder for files the running bot writes (the unanswered-questions log). */
  readonly dataDir: string;
  /** How long an idle conversation keeps its context. */
  readonly sessionTtlMs: number;
  /** Most conversations held at once; the least recently used is dropped beyond it. */
  readonly maxSessions: number;
  /** How many distinct opening questions keep their answer ready; 0 answers every question afresh. */
  readonly answerCacheSize: number;
  /** Origins allowed to embed the web widget cross-origin; empty means same origin only. */
  readonly widgetOrigins: readonly string[];
  /** Public URL of the article, which widget citations link to outside the demo page. */
  readonly articleUrl: string | undefined;
  /** Slack channel settings; undefined (channel off) unless both secret and token are set. */
  readonly slack: SlackConfig | undefined;
  /** Log level for the JSON logs. */
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Shared state for several bot processes; undefined keeps sessions and Slack de-duplication in memory. */
  readonly redis: RedisConfig | undefined;
  /** Per-client limit on `POST /api/ask` (each process counts on its own). */
  readonly rateLimit: RateLimitConfig;
  /** After SIGTERM/SIGINT, how long requests in flight get to finish before the process exits anyway. */
  readonly shutdownTimeoutMs: number;
  /**
   * After SIGTERM, how long the server keeps serving with `/readyz` at 503
   * before it stops listening, so load balancers notice and send no more.
   */
  readonly shutdownDrainMs: number;
  /** A separate listener for `/metrics` and `/readyz`; undefined serves them on the public port. */
  readonly ops: OpsConfig | undefined;
  /**
   * Which proxies' `X-Forwarded-For` to believe when working out a client's
   * address (for rate limiting and logs): Express's `trust proxy` setting, as
   * a list of addresses, CIDR ranges or `loopback`/`linklocal`/`uniquelocal`,
   * or a number of hops. Behind a load balancer on another host, list it, or
   * every client shares the balancer's address and its rate limit.
   */
  readonly trustProxy: readonly string[] | number;
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
  const knowledgeDir = readableFolder(env, 'KNOWLEDGE_DIR', `${projectRoot}knowledge`, 'the folder of article folders (<slug>/article.txt, facts.json…)');
  const channelArticles = slackChannelArticles(env, knowledgeDir);
  const defaultArticle = optional(env, 'DEFAULT_ARTICLE');
  return Object.freeze({
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    knowledgeDir,
    intentsDir: readableFolder(env, 'INTENTS_DIR', `${projectRoot}intents`, 'the folder of intent folders (<slug>/*.json)'),
    defaultArticle: defaultArticle === undefined ? undefined : existingArticle('DEFAULT_ARTICLE', defaultArticle, knowledgeDir),
    dataDir: optional(env, 'DATA_DIR') ?? `${projectRoot}data`,
    sessionTtlMs: integer(env, 'SESSION_TTL_SECONDS', 1800, 1, 7 * 24 * 3600) * 1000,
    maxSessions: integer(env, 'MAX_SESSIONS', 10_000, 1, 10_000_000),
    answerCacheSize: integer(env, 'ANSWER_CACHE_SIZE', 1_000, 0, 1_000_000),
    widgetOrigins: Object.freeze(origins(env, 'WIDGET_ORIGINS')),
    articleUrl: url(env, 'ARTICLE_URL'),
    slack:
      slackSecret !== undefined && slackToken !== undefined
        ? Object.freeze({
            signingSecret: slackSecret,
            botToken: slackToken,
            apiUrl: withTrailingSlash(url(env, 'SLACK_API_URL') ?? 'https://slack.com/api/'),
            channelArticles,
          })
        : undefined,
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    redis: redis(env),
    rateLimit: Object.freeze({
      perMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
      burst: integer(env, 'RATE_LIMIT_BURST', 20, 1, 1_000_000),
      ipv6Prefix: integer(env, 'RATE_LIMIT_IPV6_PREFIX', 56, 32, 128),
      exempt: Object.freeze(addressRanges(env, 'RATE_LIMIT_EXEMPT') ?? []),
    }),
    ...shutdown(env),
    ops: ops(env),
    trustProxy: trustProxy(env),
  });
}

/** A slug naming an article folder under `knowledgeDir`; `name` is the setting, for the message. */
function existingArticle(name: string, slug: string, knowledgeDir: string): string {
  if (!ARTICLE_SLUG.test(slug)) {
    throw new ConfigError(`${name}: "${slug}" is not an article slug; use the name of a folder in ${knowledgeDir} (lower-case letters, digits, hyphens).`);
  }
  try {
    if (statSync(`${knowledgeDir}/${slug}`).isDirectory()) return slug;
  } catch {
    // Reported below with the fix.
  }
  throw new ConfigError(`${name}: there is no article "${slug}" (no folder ${knowledgeDir}/${slug}); use the slug of an article folder.`);
}

/** `SLACK_CHANNEL_ARTICLES=C123:slug,C456:other`: each channel's default article. */
function slackChannelArticles(env: Env, knowledgeDir: string): ReadonlyMap<string, string> {
  const text = optional(env, 'SLACK_CHANNEL_ARTICLES');
  const pairs = (text ?? '').split(',').filter((part) => part.trim() !== '');
  return new Map(
    pairs.map((pair) => {
      const [channel = '', slug, extra] = pair.trim().split(':');
      if (!/^[A-Z0-9]+$/.test(channel) || slug === undefined || extra !== undefined) {
        throw new ConfigError(`SLACK_CHANNEL_ARTICLES entry "${pair.trim()}" is not valid: use channelId:slug pairs such as C0123ABCD:my-article, comma-separated.`);
      }
      return [channel, existingArticle('SLACK_CHANNEL_ARTICLES', slug, knowledgeDir)];
    }),
  );
}

function shutdown(env: Env): Pick<Config, 'shutdownTimeoutMs' | 'shutdownDrainMs'> {
  const shutdownTimeoutMs = integer(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10, 1, 600) * 1000;
  const shutdownDrainMs = integer(env, 'SHUTDOWN_DRAIN_MS', Math.min(5000, shutdownTimeoutMs / 2), 0, 600_000);
  if (shutdownDrainMs >= shutdownTimeoutMs) {
    throw new ConfigError(
      `SHUTDOWN_DRAIN_MS="${shutdownDrainMs}" is not valid: it must be shorter than SHUTDOWN_TIMEOUT_SECONDS (${shutdownTimeoutMs} ms), which also covers the drain.`,
    );
  }
  return { shutdownTimeoutMs, shutdownDrainMs };
}

function ops(env: Env): OpsConfig | undefined {
  if (optional(env, 'OPS_PORT') === undefined) return undefined;
  return Object.freeze({ port: integer(env, 'OPS_PORT', 0, 0, 65535), host: optional(env, 'OPS_HOST') ?? '127.0.0.1' });
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustProxy(env: Env): readonly string[] | number {
  const text = optional(env, 'TRUST_PROXY');
  if (text === undefined) return Object.freeze(['loopback']);
  if (/^\d+$/.test(text)) return integer(env, 'TRUST_PROXY', 0, 0, 10);
  return Object.freeze(addressRanges(env, 'TRUST_PROXY', PROXY_NAMES) ?? []);
}

/** A comma-separated list of IP addresses and CIDR ranges (and, where allowed, names such as `loopback`). */
function addressRanges(env: Env, name: string, names: ReadonlySet<string> = new Set()): string[] | undefined {
  const text = optional(env, name);
  if (text === undefined) return undefined;
  const entries = text.split(',').map((part) => part.trim());
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!names.has(entry) && (family === 0 || !validBits || extra !== undefined)) {
      const allowed = names.size > 0 ? `${[...names].join(', ')}, an IP address or CIDR range (comma-separated), or a number of hops` : 'IP addresses or CIDR ranges, comma-separated';
      throw new ConfigError(`${name} entry "${entry}" is not valid: use ${allowed}.`);
    }
  }
  return entries;
}

function redis(env: Env): RedisConfig | undefined {
  const text = optional(env, 'REDIS_URL');
  if (text === undefined) return undefined;
  // The URL may carry a password, so the message shows it only with the password masked.
  const shown = URL.canParse(text) ? redactUrl(text) : 'that value';
  if (!URL.canParse(text) || !/^rediss?:$/.test(new URL(text).protocol) || new URL(text).hostname === '') {
    throw new ConfigError(`REDIS_URL (${shown}) is not valid: use redis://[:password@]host[:port][/db], or rediss://… for TLS.`);
  }
  const db = new URL(text).pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) {
    throw new ConfigError(`REDIS_URL (${shown}) is not valid: the path must be a database number such as /0.`);
  }
  return Object.freeze({
    url: text,
    keyPrefix: optional(env, 'REDIS_KEY_PREFIX') ?? 'article-bot:',
    commandTimeoutMs: integer(env, 'REDIS_COMMAND_TIMEOUT_MS', 250, 10, 60_000),
  });
}

/** The URL with any password replaced by `***`, for messages and logs. */
export function redactUrl(text: string): string {
  if (!URL.canParse(text)) return '(unparseable URL)';
  const url = new URL(text);
  if (url.password !== '') url.password = '***';
  return url.toString();
}

function readableFolder(env: Env, name: string, fallback: string, holds: string): string {
  const path = optional(env, name) ?? fallback;
  try {
    if (!statSync(path).isDirectory()) throw new Error('not a folder');
    accessSync(path, constants.R_OK | constants.X_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`${name}="${path}" is not a readable folder (${reason}): set it to ${holds}.`);
  }
  return path;
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
