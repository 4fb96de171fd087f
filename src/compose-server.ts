/**
 * Assembles the running bot from configuration without listening: shared
 * state (memory or Redis), the engine wrapped with logs, metrics and the
 * unanswered-questions log, the channels, the app with its probes and
 * limits, and the operations app when OPS_PORT is set. `main.ts` listens
 * and shuts down; tests can compose in-process.
 */
import { join } from 'node:path';
import type { Express } from 'express';
import { createBot } from './bootstrap.js';
import { connectionDrain } from './channels/http/connection-drain.js';
import { createApp, knowledgeLoaded } from './channels/http/create-app.js';
import { createOpsApp } from './channels/http/create-ops-app.js';
import type { SlackChannel } from './channels/slack/index.js';
import { createWebChannel } from './channels/web/create-web-channel.js';
import type { Config } from './config.js';
import { createUnansweredLog } from './evaluation/unanswered-log.js';
import { withUnansweredLog } from './evaluation/record-unanswered.js';
import { logAnswers } from './operations/log-answers.js';
import type { Logger } from './operations/logger.js';
import { guardUnansweredLog, type GuardedUnansweredLog } from './operations/guard-unanswered-log.js';
import { droppedLogLines } from './operations/log-destination.js';
import { createMetrics } from './operations/metrics.js';
import { observeEngine } from './operations/observe-engine.js';
import type { ReadinessCheck } from './operations/readiness.js';
import { createSharedState } from './shared-state/shared-state.js';
import { throttledWarning } from './operations/throttled-warning.js';

export interface ComposedServer {
  readonly app: Express;
  /** `/healthz`, `/readyz` and `/metrics` for the operations listener; undefined unless OPS_PORT is set. */
  readonly opsApp: Express | undefined;
  /** Makes `/readyz` answer 503 so load balancers stop sending new requests, and every response close its connection. */
  beginShutdown(): void;
  /** After the HTTP server has closed: sends the Slack answers in flight, then closes the store. */
  close(): Promise<void>;
}

export async function composeServer(config: Config, logger: Logger): Promise<ComposedServer> {
  const shared = createSharedState(config, logger);
  const bot = createBot(config, shared.sessions);
  const metrics = createMetrics({ sessions: () => shared.sessions.count(), storeReachable: () => shared.readiness.check(), logLinesDropped: droppedLogLines });
  const unansweredDropped = throttledWarning(logger, 'unanswered questions are not being recorded: the log is falling behind or DATA_DIR cannot be written');
  const unansweredLogs: GuardedUnansweredLog[] = [];
  // Each article keeps its own unanswered log (DATA_DIR/<slug>/), which `npm run unanswered -- --article` reads.
  const articles = bot.articles.withEngines((engine, { slug }) => {
    const unanswered = guardUnansweredLog(createUnansweredLog({ dataDir: join(config.dataDir, slug) }), (reason) => {
      metrics.countDroppedUnanswered();
      unansweredDropped({ article: slug, reason, problem: unanswered.problem });
    });
    unansweredLogs.push(unanswered);
    return observeEngine(
      withUnansweredLog(engine, unanswered),
      [metrics.observeAnswer, logAnswers(logger.child({ article: slug }))],
      (error) => logger.error({ err: error }, 'an answer observer failed'),
    );
  });
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
  const unansweredLog: ReadinessCheck = {
    name: 'unansweredLog',
    optional: true,
    check: async () => {
      const problem = unansweredLogs.find((log) => log.problem !== undefined)?.problem;
      if (problem !== undefined) throw new Error(problem);
    },
  };
  const readiness = [shared.readiness, accepting, unansweredLog];
  const drain = connectionDrain();
  const logError = (error: unknown) => logger.error({ err: error }, 'request failed');
  const rateLimitStoreFailed = throttledWarning(logger, 'the rate limit store failed: questions are let through unlimited until it answers');
  const app = createApp({
    articles,
    channels: [createWebChannel(articles, config), ...(slack === undefined ? [] : [slack])],
    logError,
    log: logger.child({ component: 'http' }),
    metrics,
    metricsElsewhere: config.ops !== undefined,
    drain,
    readiness,
    rateLimit: { ...config.rateLimit, store: shared.rateLimitStore, onStoreError: (error) => rateLimitStoreFailed({ err: error instanceof Error ? error.message : String(error) }) },
    trustProxy: config.trustProxy,
  });
  const opsApp = config.ops === undefined ? undefined : createOpsApp({ readiness: [knowledgeLoaded(articles), ...readiness], metrics, logError });
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
    opsApp,
    beginShutdown: () => {
      shuttingDown = true;
      drain.begin();
    },
    close: async () => {
      // Answers already acknowledged to Slack are sent before the session store closes.
      await slack?.close();
      await shared.close();
    },
  };
}
