/**
 * `npm run ask -- "How much profit did Huawei make?" [--article slug] [--json] [--explain]`:
 * one question, answered by the same engine the server uses (the default article's without --article).
 */
import { parseArgs } from 'node:util';
import { articleNamed, createBot } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { formatAnswer, formatTrace } from './format-answer.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, article: { type: 'string' } },
  });
  const question = positionals.join(' ').trim();
  if (question === '') throw new UsageError('Usage: npm run ask -- "your question" [--article slug] [--json] [--explain]');
  const { engine } = articleNamed(createBot(loadConfig()).articles, values.article);
  const { response, trace } = await engine.explain({ question, channel: 'cli' });
  console.log(values.json ? JSON.stringify(response, null, 2) : formatAnswer(response));
  if (values.explain) console.log(formatTrace(trace));
});
