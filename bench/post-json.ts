/** One HTTP request over a fresh connection, with `node:http` (no client warm-up cost in the timing). */
import { request } from 'node:http';

export interface JsonResponse {
  readonly status: number;
  readonly body: string;
}

export function postJson(url: string, body: unknown): Promise<JsonResponse> {
  const payload = JSON.stringify(body);
  return send(url, 'POST', { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }, payload);
}

export function getText(url: string): Promise<JsonResponse> {
  return send(url, 'GET', {}, '');
}

function send(url: string, method: string, headers: Record<string, string>, payload: string): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}
