/**
 * The HTTP baselines: the same kind of server as `src/main.ts` (Express 5,
 * one process, same host) with a `POST /api/ask` that does no work of its own
 * and answers with the bot's own bytes (`BENCH_ANSWERS_FILE`, written by the
 * bench from the bot's answers). `BENCH_BASELINE` picks which:
 *
 * - `parsing`: reads and parses the request body with `express.json()` and
 *   sends the answer the bot gave to that question. The least any Express
 *   JSON API pays per request; the bot's throughput targets are set against it.
 * - `fixed`: never reads the body and sends one fixed answer. No JSON API
 *   can do this little, so it is reported as the ceiling, not as a target.
 */
import { readFileSync } from 'node:fs';
import express from 'express';

export interface BaselineAnswers {
  /** The body the `fixed` baseline always sends, and the parsing one for a question it has no answer for. */
  readonly fixed: unknown;
  /** The bot's answer body to each question of the workloads. */
  readonly byQuestion: Readonly<Record<string, unknown>>;
}

const file = process.env.BENCH_ANSWERS_FILE;
const kind = process.env.BENCH_BASELINE;
if (file === undefined || (kind !== 'parsing' && kind !== 'fixed')) {
  throw new Error('bench: set BENCH_ANSWERS_FILE to the answers file and BENCH_BASELINE to "parsing" or "fixed".');
}
const answers = JSON.parse(readFileSync(file, 'utf8')) as BaselineAnswers;
const byQuestion = new Map(Object.entries(answers.byQuestion));

const app = express();
app.disable('x-powered-by');
// res.json, as the bot's route uses, so both pay the same serialisation.
if (kind === 'parsing') {
  app.post('/api/ask', express.json(), (req, res) => {
    const question: unknown = (req.body as { question?: unknown } | undefined)?.question;
    res.json((typeof question === 'string' ? byQuestion.get(question) : undefined) ?? answers.fixed);
  });
} else {
  app.post('/api/ask', (_req, res) => {
    res.json(answers.fixed);
  });
}

const host = process.env.HOST ?? '127.0.0.1';
const server = app.listen(Number(process.env.PORT ?? 0), host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  console.log(JSON.stringify({ level: 'info', msg: 'listening', url: `http://${host}:${port}` }));
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
