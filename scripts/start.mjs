// @ts-check
/**
 * `npm start`: compiles `src/` when it changed since the last build (see
 * build.mjs), then runs the bot, `dist/main.js`, in this same process. One
 * Node start instead of two (a `prestart` script would start Node, and a
 * shell, once more before the bot): with nothing changed, the check is a few
 * milliseconds of hashing. The start script's Node flags apply to the bot.
 */
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build.mjs';

const status = buildIfStale(fileURLToPath(new URL('..', import.meta.url)));
if (status !== 0) process.exit(status);
// A URL, not a literal path: a fresh clone has no dist/ until the line above has built it.
await import(new URL('../dist/main.js', import.meta.url).href);
