/**
/**
 * `npx article-bot ask "How much profit did Huawei make?" [--article slug] [--json] [--explain]`
 * (or `npm run ask -- …`): one question, answered by the same engine the
 * server uses (the default article's without --article). With --json, stdout
 * carries the API's response body and nothing else.
 */
import { articleNamed, createBot } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { formatAnswer, formatTrace } from './format-answer.js';
import { parseCommandLine, runCli } from './run-cli.js';

const USAGE = 'Usage: article-bot ask "your question" [--article slug] [--json] [--explain]';

runCli(async () => {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, article: { type: 'string' } },
  });
  const question = positionals.join(' ').trim();
  if (question === '') throw new UsageError(USAGE);
  const { engine } = articleNamed(createBot(loadConfig()).articles, values.article);
  const { response, trace } = await engine.explain({ question, channel: 'cli' });
  console.log(values.json ? JSON.stringify(response, null, 2) : formatAnswer(response));
  if (values.explain) console.log(formatTrace(trace));
});
