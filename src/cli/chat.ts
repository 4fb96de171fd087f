/**
/**
 * `npx article-bot chat [--article slug]` (or `npm run chat`): a conversation
 * in the terminal about one article (the default one without --article).
 * Lines starting with `/` are commands (`/help` lists them); anything else is
 * a question, so a mistyped command is reported rather than asked.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';

import { articleNamed, createBot } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { formatAnswer, formatTrace } from './format-answer.js';
import { parseCommandLine, runCli } from './run-cli.js';

const COMMANDS = {
  '/help': 'list these commands',
  '/explain': 'show or hide what each stage decided',
  '/reset': 'start a new conversation',
  '/quit': 'leave (also /exit or Ctrl-D)',
} as const;

const HELP = Object.entries(COMMANDS)
  .map(([command, what]) => `  ${command.padEnd(9)} ${what}`)
  .join('\n');

runCli(async () => {
  const { values } = parseCommandLine('Usage: article-bot chat [--article slug]', { options: { article: { type: 'string' } } });
  const { engine, headline } = articleNamed(createBot(loadConfig()).articles, values.article);
  const terminal = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  let sessionId = randomUUID();
  let explain = false;
  console.log(`Ask about “${headline}”. Type /help for the commands.`);
  terminal.prompt();
  for await (const line of terminal) {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') break;
    if (input === '/help') {
      console.log(HELP);
    } else if (input === '/explain') {
      explain = !explain;
      console.log(`explain mode ${explain ? 'on' : 'off'}`);
    } else if (input === '/reset') {
      sessionId = randomUUID();
      console.log('new conversation');
    } else if (input.startsWith('/')) {
      console.log(`Unknown command ${input.split(/\s/)[0]}. The commands are:\n${HELP}`);
    } else if (input !== '') {
      const { response, trace } = await engine.explain({ question: input, sessionId, channel: 'cli' });
      console.log(`bot> ${formatAnswer(response)}`);
      if (explain) console.log(formatTrace(trace));
    }
    terminal.prompt();
  }
  terminal.close();
});
