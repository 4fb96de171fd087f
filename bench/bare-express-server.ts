/**
 * The HTTP baseline: the same kind of server as `src/main.ts` (Express 5,
 * one process, `node --import tsx`, same host) with a `POST /api/ask` that
 * does no work and answers a fixed JSON body, the very body the bot sent for
 * the benchmark question (`BENCH_BODY_FILE`). The difference between the two
 * is what the bot itself costs per request.
 */
import { readFileSync } from 'node:fs';
import express from 'express';

const bodyFile = process.env.BENCH_BODY_FILE;
if (bodyFile === undefined) throw new Error('bench: set BENCH_BODY_FILE to the JSON body the baseline should send.');
const body: unknown = JSON.parse(readFileSync(bodyFile, 'utf8'));

const app = express();
app.disable('x-powered-by');
app.post('/api/ask', (_req, res) => {
  // res.json, as the bot's route uses, so both pay the same serialisation.
  res.json(body);
});

const host = process.env.HOST ?? '127.0.0.1';
const server = app.listen(Number(process.env.PORT ?? 0), host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  console.log(JSON.stringify({ level: 'info', msg: 'listening', url: `http://${host}:${port}` }));
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
