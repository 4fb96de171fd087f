/**
 * `npm run chat [-- --article slug]`: a conversation in the terminal about
 * one article (the default one without --article). `/explain` toggles the view
 * of what each stage decided, `/reset` starts a new conversation, `/quit` ends.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { articleNamed, createBot } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { formatAnswer, formatTrace } from './format-answer.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const { values } = parseArgs({ options: { article: { type: 'string' } } });
  const { engine, headline } = articleNamed(createBot(loadConfig()).articles, values.article);
  const terminal = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  let sessionId = randomUUID();
  let explain = false;
  console.log(`Ask about “${headline}”. Commands: /explain, /reset, /quit.`);
  terminal.prompt();
  for await (const line of terminal) {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') break;
    if (input === '/explain') {
      explain = !explain;
      console.log(`explain mode ${explain ? 'on' : 'off'}`);
    } else if (input === '/reset') {
      sessionId = randomUUID();
      console.log('new conversation');
    } else if (input !== '') {
      const { response, trace } = await engine.explain({ question: input, sessionId, channel: 'cli' });
      console.log(`bot> ${formatAnswer(response)}`);
      if (explain) console.log(formatTrace(trace));
    }
    terminal.prompt();
  }
  terminal.close();
});
