/**
 * `npm start`: loads the knowledge, trains the classifier, and serves the bot
 * on HOST:PORT. Configuration problems stop the process with one message that
 * names the setting.
 */
import type { Server } from 'node:http';
import { createBot } from './bootstrap.js';
import { createApp } from './channels/http/create-app.js';
import { createSlackChannel } from './channels/slack/index.js';
import { createWebChannel } from './channels/web/create-web-channel.js';
import { loadConfig } from './config.js';
import { ConfigError, DataError } from './errors.js';

/** How long in-flight requests get to finish after SIGTERM/SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

function start(): void {
  const config = loadConfig();
  const bot = createBot(config);
  // Slack is on only when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set; creating it never calls Slack.
  const slack = config.slack === undefined ? undefined : createSlackChannel(bot.engine, config.slack);
  const app = createApp({ engine: bot.engine, channels: [createWebChannel(bot.engine, config), ...(slack === undefined ? [] : [slack])] });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    console.log(JSON.stringify({ level: 'info', msg: 'listening', url: `http://${config.host}:${port}` }));
  });
  server.on('error', (error) => exitWith(`Cannot listen on ${config.host}:${config.port} (${error.message}); set PORT or HOST.`));
  // Answers already acknowledged to Slack are sent before the session store closes.
  const closeChannelsAndStore = async () => {
    await slack?.close();
    await bot.sessions.close();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutdown(server, closeChannelsAndStore));
}

async function shutdown(server: Server, closeStore: () => Promise<void>): Promise<void> {
  const timer = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await closeStore();
  clearTimeout(timer);
  process.exit(0);
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

try {
  start();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataError) exitWith(error.message);
  throw error;
}
