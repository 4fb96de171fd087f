/** The real engine over the real `knowledge/` and `intents/`, for integration tests. */
import { createBot, type Bot } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';

let bot: Bot | undefined;

/** One shared bot per test file: training takes a moment and tests use their own session ids. */
export function realBot(): Bot {
  bot ??= createBot(loadConfig({}));
  return bot;
}
