/**
 * `npm start`: loads the knowledge, trains the classifier, and serves the bot
 * on HOST:PORT. Configuration problems stop the process with one message that
 * names the setting. SIGTERM/SIGINT stop it gracefully: no new connections,
 * requests in flight finished, Slack answers sent, the store closed, exit 0,
 * all within SHUTDOWN_TIMEOUT_SECONDS (exit 1 if that runs out).
 */
import { createServer, type Server } from 'node:http';
import { composeServer, type ComposedServer } from './compose-server.js';
import { loadConfig, type Config } from './config.js';
import { ConfigError, DataError } from './errors.js';
import { createLogger, lifecycleLogger, type Logger } from './operations/logger.js';

/** A client gets this long to send its headers, and its whole request, before the connection is dropped (slow-loris). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** While shutting down, how often idle keep-alive connections are closed (busy ones close once their response is sent). */
const IDLE_SWEEP_MS = 100;

async function start(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const lifecycle = lifecycleLogger(logger);
  const composed = await composeServer(config, logger);
  // Not `app.listen(port, host, callback)`: Express 5 calls that callback on a failed listen too,
  // which logged `listening` right after saying the port was taken.
  const server = createServer(composed.app);
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.once('error', (error) => exitWith(`Cannot listen on ${config.host}:${config.port} (${error.message}); set PORT or HOST.`));
  server.once('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    lifecycle.info({ url: `http://${config.host}:${port}` }, 'listening');
  });
  server.listen(config.port, config.host);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutdown({ signal, server, composed, config, log: lifecycle }));
  }
}

interface ShutdownParts {
  readonly signal: string;
  readonly server: Server;
  readonly composed: ComposedServer;
  readonly config: Config;
  readonly log: Logger;
}

async function shutdown({ signal, server, composed, config, log }: ShutdownParts): Promise<void> {
  log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: finishing requests in flight');
  const deadline = setTimeout(() => {
    log.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting with work unfinished');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  deadline.unref();
  composed.beginShutdown();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  server.closeIdleConnections();
  await closed;
  clearInterval(sweep);
  await composed.close();
  clearTimeout(deadline);
  log.info({ signal }, 'stopped');
  process.exit(0);
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
