/**
 * The app as `compose-server.ts` builds it (real engine and web channel,
 * observed engine, metrics, JSON logs into memory), on a free loopback port
 * in this process, for HTTP tests that need no child process.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '../../../src/channels/http/create-app.js';
import { createWebChannel } from '../../../src/channels/web/create-web-channel.js';
import type { RateLimitOptions } from '../../../src/channels/http/rate-limit.js';
import { loadConfig } from '../../../src/config.js';
import { logAnswers } from '../../../src/operations/log-answers.js';
import { createLogger } from '../../../src/operations/logger.js';
import { createMetrics, type Metrics } from '../../../src/operations/metrics.js';
import { observeEngine, type AnswerObservation } from '../../../src/operations/observe-engine.js';
import type { ReadinessCheck } from '../../../src/operations/readiness.js';
import { realBot } from '../../support/real-bot.js';

export interface InProcessApp {
  readonly base: string;
  readonly metrics: Metrics;
  /** Every question the engine was asked, as it received it. */
  readonly observed: AnswerObservation[];
  /** Parsed JSON log lines. */
  readonly logs: Array<Record<string, unknown>>;
  /** Errors that reached the error handler as unexpected (would be 500s). */
  readonly unexpected: unknown[];
  close(): Promise<void>;
}

export interface InProcessOptions {
  /** Over the defaults of `loadConfig` (IPv6 /56, nobody exempt). */
  readonly rateLimit?: Partial<RateLimitOptions>;
  readonly readiness?: readonly ReadinessCheck[];
  readonly trustProxy?: readonly string[] | number;
}

export async function startInProcess(options: InProcessOptions = {}): Promise<InProcessApp> {
  const bot = realBot();
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination: sink });
  const observed: AnswerObservation[] = [];
  const metrics = createMetrics({ sessions: () => bot.sessions.count(), processMetrics: false });
  const articles = bot.articles.withEngines((engine) => observeEngine(engine, [(observation) => observed.push(observation), metrics.observeAnswer, logAnswers(logger)]));
  const unexpected: unknown[] = [];
  const app = createApp({
    articles,
    channels: [createWebChannel(articles, { widgetOrigins: [], articleUrl: undefined })],
    logError: (error) => unexpected.push(error),
    log: logger,
    metrics,
    ...(options.readiness === undefined ? {} : { readiness: options.readiness }),
    ...(options.rateLimit === undefined ? {} : { rateLimit: { ...loadConfig({}).rateLimit, ...options.rateLimit } }),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    metrics,
    observed,
    logs,
    unexpected,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
