/**
 * `article-bot <command> [options]`, the package's `bin`: one entry point for
 * the commands that also run as npm scripts (`npm run ask -- …`).
 */
import { UsageError } from '../errors.js';
import { runCli } from './run-cli.js';

const COMMANDS = {
  ask: 'answer one question: ask "your question" [--json] [--explain]',
  chat: 'a conversation in the terminal',
  eval: 'measure accuracy and write reports/<article>/eval.{json,html}',
  validate: 'check knowledge/ and intents/',
  draft: 'draft a knowledge base for a new article: draft <article.txt> [--slug name]',
  unanswered: 'group the questions the bot could not answer',
} as const;

const USAGE = `Usage: article-bot <command> [options]\n${Object.entries(COMMANDS)
  .map(([name, what]) => `  ${name.padEnd(11)} ${what}`)
  .join('\n')}`;

const [command] = process.argv.splice(2, 1);
if (command !== undefined && Object.hasOwn(COMMANDS, command)) {
  // Each command module reads its own arguments from process.argv when imported, as its npm script
  // runs it; the command name was removed above so that they are exactly the command's arguments.
  await import(`./${command}.js`);
} else if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else {
  runCli(async () => {
    throw new UsageError(command === undefined ? USAGE : `Unknown command '${command}'.\n${USAGE}`);
  });
}
