/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call, answers
 * `chat.postMessage` like Slack (`{ ok, channel, ts }`, `invalid_auth` for a
 * wrong token), and can be told to fail the next calls with a 429 and
 * `Retry-After` or with a Slack error code. It also accepts slash command
 * `response_url` posts under `/response/`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly method: string;
  readonly token: string | undefined;
  readonly params: Record<string, unknown>;
  readonly at: number;
}

export type Failure = { readonly status: 429; readonly retryAfter: number } | { readonly error: string };

export interface FakeSlack {
  /** Base URL of the Web API, to use as SLACK_API_URL. */
  readonly apiUrl: string;
  /** A `response_url` that records what is posted to it. */
  readonly responseUrl: string;
  /** Every Web API call, failed ones included. */
  readonly calls: RecordedCall[];
  /** `chat.postMessage` calls that Slack accepted. */
  readonly posts: RecordedCall[];
  /** Bodies posted to `responseUrl`. */
  readonly responses: Record<string, unknown>[];
  /** Makes the next call(s) to `method` fail, one failure per call, in order. */
  failNext(method: string, ...failures: Failure[]): void;
  close(): Promise<void>;
}

export async function startFakeSlack(expectedToken: string): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const posts: RecordedCall[] = [];
  const responses: Record<string, unknown>[] = [];
  const failures = new Map<string, Failure[]>();
  let sequence = 0;

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (req.url?.startsWith('/response/')) {
        responses.push(JSON.parse(body) as Record<string, unknown>);
        return reply(res, 200, 'ok');
      }
      const method = req.url?.replace(/^\/api\//, '') ?? '';
      const call: RecordedCall = { method, token: bearer(req), params: parseParams(req, body), at: Date.now() };
      calls.push(call);
      const failure = failures.get(method)?.shift();
      if (failure !== undefined && 'status' in failure) {
        return reply(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
      }
      if (failure !== undefined) return reply(res, 200, { ok: false, error: failure.error });
      if (call.token !== expectedToken) return reply(res, 200, { ok: false, error: 'invalid_auth' });
      if (method !== 'chat.postMessage') return reply(res, 200, { ok: false, error: 'unknown_method' });
      if (typeof call.params.channel !== 'string') return reply(res, 200, { ok: false, error: 'channel_not_found' });
      posts.push(call);
      sequence += 1;
      return reply(res, 200, { ok: true, channel: call.params.channel, ts: `1800000000.${String(sequence).padStart(6, '0')}` });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/response/command`,
    calls,
    posts,
    responses,
    failNext: (method, ...next) => failures.set(method, [...(failures.get(method) ?? []), ...next]),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function bearer(req: IncomingMessage): string | undefined {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
}

/** The SDK sends form-encoded parameters with structured ones (blocks) as JSON strings, as Slack expects. */
function parseParams(req: IncomingMessage, body: string): Record<string, unknown> {
  if (req.headers['content-type']?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
  if (typeof params.blocks === 'string') params.blocks = JSON.parse(params.blocks);
  return params;
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
  res.end(text);
}
