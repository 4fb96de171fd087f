/**
 * `npm start`: loads the knowledge, trains the classifier, and serves the bot
 * on HOST:PORT (and `/metrics`, `/readyz` on OPS_HOST:OPS_PORT when set).
 * Configuration problems stop the process with one message that names the
 * setting. SIGTERM drains, then stops: `/readyz` answers 503 at once, the
 * server keeps answering for SHUTDOWN_DRAIN_MS (every response closing its
 * connection) so load balancers notice, then it stops listening, finishes
 * requests in flight, sends Slack answers, closes the store and exits 0, all
 * within SHUTDOWN_TIMEOUT_SECONDS (exit 1 if that runs out). SIGINT (Ctrl-C)
 * does the same without the drain delay.
 */
import type { Server } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { createHttpServer } from './channels/http/create-http-server.js';
import { composeServer, type ComposedServer } from './compose-server.js';
import { loadConfig, type Config } from './config.js';
import { ConfigError, DataError } from './errors.js';
import { createLogger, lifecycleLogger, type Logger } from './operations/logger.js';

/** While shutting down, how often idle keep-alive connections are closed (busy ones close once their response is sent). */
const IDLE_SWEEP_MS = 100;

async function start(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const lifecycle = lifecycleLogger(logger);
  const composed = await composeServer(config, logger);
  const server = serve(composed.app, config.host, config.port, (url) => lifecycle.info({ url }, 'listening'));
  const ops =
    composed.opsApp === undefined || config.ops === undefined
      ? undefined
      : serve(composed.opsApp, config.ops.host, config.ops.port, (url) => lifecycle.info({ url }, 'operations listening'), 'OPS_PORT or OPS_HOST');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutdown({ signal, servers: [server, ...(ops === undefined ? [] : [ops])], composed, config, log: lifecycle }));
  }
}

function serve(app: ComposedServer['app'], host: string, port: number, onListening: (url: string) => void, settings = 'PORT or HOST'): Server {
  const server = createHttpServer(app);
  server.on('error', (error) => exitWith(`Cannot listen on ${host}:${port} (${error.message}); set ${settings}.`));
  server.listen(port, host, () => {
    const address = server.address();
    onListening(`http://${host}:${typeof address === 'object' && address !== null ? address.port : port}`);
  });
  return server;
}

interface ShutdownParts {
  readonly signal: 'SIGTERM' | 'SIGINT';
  /** The public server first; the operations server (if any) keeps reporting until the end. */
  readonly servers: readonly Server[];
  readonly composed: ComposedServer;
  readonly config: Config;
  readonly log: Logger;
}

async function shutdown({ signal, servers, composed, config, log }: ShutdownParts): Promise<void> {
  const drainMs = signal === 'SIGTERM' ? config.shutdownDrainMs : 0;
  log.info({ signal, drainMs, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: draining, then finishing requests in flight');
  const deadline = setTimeout(() => {
    log.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting with work unfinished');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  deadline.unref();
  composed.beginShutdown();
  if (drainMs > 0) await delay(drainMs);
  for (const server of servers) await closeServer(server);
  await composed.close();
  clearTimeout(deadline);
  log.info({ signal }, 'stopped');
  process.exit(0);
}

async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  server.closeIdleConnections();
  await closed;
  clearInterval(sweep);
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

try {
  await start();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataError) exitWith(error.message);
  throw error;
}
