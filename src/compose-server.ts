/**
 * Assembles the running bot from configuration without listening: shared
 * state (memory or Redis), the engine wrapped with logs, metrics and the
 * unanswered-questions log, the channels, and the app with its probes and
 * limits. `main.ts` listens and shuts down; tests can compose in-process.
 */
import { join } from 'node:path';
import type { Express } from 'express';
import { createBot } from './bootstrap.js';
import { createApp } from './channels/http/create-app.js';
import type { SlackChannel } from './channels/slack/index.js';
import { createWebChannel } from './channels/web/create-web-channel.js';
import type { Config } from './config.js';
import { createUnansweredLog } from './evaluation/unanswered-log.js';
import { withUnansweredLog } from './evaluation/record-unanswered.js';
import { logAnswers } from './operations/log-answers.js';
import type { Logger } from './operations/logger.js';
import { limitPendingWrites } from './operations/limit-pending-writes.js';
import { createMetrics } from './operations/metrics.js';
import { observeEngine } from './operations/observe-engine.js';
import type { ReadinessCheck } from './operations/readiness.js';
import { createSharedState } from './shared-state/shared-state.js';

export interface ComposedServer {
  readonly app: Express;
  /** Makes `/readyz` answer 503 so load balancers stop sending new requests. */
  beginShutdown(): void;
  /** After the HTTP server has closed: sends the Slack answers in flight, then closes the store. */
  close(): Promise<void>;
}

export async function composeServer(config: Config, logger: Logger): Promise<ComposedServer> {
  const shared = createSharedState(config, logger);
  const bot = createBot(config, shared.sessions);
  const metrics = createMetrics({ sessions: () => shared.sessions.count(), storeReachable: () => shared.readiness.check() });
  const dropped = droppedUnanswered(metrics.countDroppedUnanswered, logger);
  // Each article keeps its own unanswered log (DATA_DIR/<slug>/), which `npm run unanswered -- --article` reads.
  const articles = bot.articles.withEngines((engine, { slug }) =>
    observeEngine(
      withUnansweredLog(engine, limitPendingWrites(createUnansweredLog({ dataDir: join(config.dataDir, slug) }), dropped), {
        onError: (error) => logger.warn({ err: error, article: slug }, 'could not write the unanswered-questions log'),
      }),
      [metrics.observeAnswer, logAnswers(logger.child({ article: slug }))],
      (error) => logger.error({ err: error }, 'an answer observer failed'),
    ),
  );
  // Slack is on only when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set; creating it never calls Slack.
  // Loaded only then: the Slack Web API client alone took a sixth of start-up.
  const slack: SlackChannel | undefined =
    config.slack === undefined
      ? undefined
      : (await import('./channels/slack/index.js')).createSlackChannel(articles, config.slack, {
          log: logger.child({ component: 'slack' }),
          ...(shared.deduplicator ? { deduplicator: shared.deduplicator } : {}),
          ...(shared.answeredThreads ? { answeredThreads: shared.answeredThreads } : {}),
        });
  let shuttingDown = false;
  const accepting: ReadinessCheck = {
    name: 'accepting',
    check: async () => {
      if (shuttingDown) throw new Error('shutting down');
    },
  };
  const app = createApp({
    articles,
    channels: [createWebChannel(articles, config), ...(slack === undefined ? [] : [slack])],
    logError: (error) => logger.error({ err: error }, 'request failed'),
    log: logger.child({ component: 'http' }),
    metrics,
    readiness: [shared.readiness, accepting],
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
  });
  logger.info(
    {
      sessions: shared.description,
      articles: articles.all.map((article) => article.slug),
      defaultArticle: articles.default.slug,
      slack: config.slack === undefined ? 'off' : 'on',
      rateLimitPerMinute: config.rateLimit.perMinute,
      rateLimitBurst: config.rateLimit.burst,
      dataDir: config.dataDir,
    },
    'bot assembled',
  );
  return {
    app,
    beginShutdown: () => {
      shuttingDown = true;
    },
    close: async () => {
      // Answers already acknowledged to Slack are sent before the session store closes.
      await slack?.close();
      await shared.close();
    },
  };
}

/** Counts every record dropped, and says so in the log at most once a minute. */
function droppedUnanswered(count: () => void, logger: Logger): () => void {
  let lastWarned = -Infinity;
  let since = 0;
  return () => {
    count();
    since += 1;
    if (Date.now() - lastWarned < 60_000) return;
    logger.warn({ dropped: since }, 'the unanswered-questions log is falling behind; dropping records until it catches up');
    lastWarned = Date.now();
    since = 0;
  };
}
