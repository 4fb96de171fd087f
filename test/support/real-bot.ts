/**
 * The real bot over the real `knowledge/` and `intents/`, for integration tests.
 * The Huawei article is the default, whichever articles sort before it.
 */
import { createBot, type Bot } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';

let bot: Bot | undefined;

/** One shared bot per test file: training takes a moment and tests use their own session ids. */
export function realBot(): Bot {
  bot ??= createBot(loadConfig({ DEFAULT_ARTICLE: 'huawei' }));
  return bot;
}
