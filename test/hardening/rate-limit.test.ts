/** Per-client rate limiting of the question API: token buckets, 429 with Retry-After, probes never limited. */
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../src/channels/http/token-bucket.js';
import { startInProcess } from './support/in-process-app.js';
import { rawRequest } from './support/raw-request.js';

describe('TokenBuckets', () => {
  it('allows a burst, then one request per refill interval, and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterMs: 1000 });
    now = 500;
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterMs: 500 });
    now = 1000;
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('b').allowed).toBe(true);
  });

  it('never refills beyond the burst, however long a client was idle', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 2, now: () => now });
    buckets.take('a');
    now = 3_600_000;
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, false]);
  });

  it('tracks at most maxClients, forgetting the least recently seen', () => {
    const buckets = new TokenBuckets({ perMinute: 1, burst: 1, maxClients: 2, now: () => 0 });
    buckets.take('a');
    buckets.take('b');
    buckets.take('c');
    expect(buckets.size).toBe(2);
    // "a" was forgotten, so it starts again with a full bucket; "c" was not.
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('c').allowed).toBe(false);
  });
});

describe('rate limiting POST /api/ask', () => {
  const ask = (base: string, client: string) =>
    rawRequest(base, { headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ question: 'How much profit did Huawei make?' }) });

  it('refuses a client over its limit with 429, Retry-After and the JSON error, other clients unaffected', async () => {
    const app = await startInProcess({ rateLimit: { perMinute: 6, burst: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await ask(app.base, '203.0.113.7')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await ask(app.base, '203.0.113.7');
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(10);
      expect(refused.json().error.code).toBe('rate_limited');
      expect((await ask(app.base, '198.51.100.1')).status).toBe(200);
      // Refused requests never reached the engine.
      expect(app.observed).toHaveLength(4);
      expect(await app.metrics.registry.getSingleMetricAsString('bot_http_requests_total')).toMatch(/route="\/api\/ask",method="POST",status="429"} 2/);
    } finally {
      await app.close();
    }
  });

  it('never limits /healthz, /readyz or /metrics', async () => {
    const app = await startInProcess({ rateLimit: { perMinute: 1, burst: 1 } });
    try {
      await ask(app.base, '127.0.0.1');
      expect((await ask(app.base, '127.0.0.1')).status).toBe(429);
      for (let i = 0; i < 20; i += 1) {
        for (const path of ['/healthz', '/readyz', '/metrics']) expect((await rawRequest(app.base, { method: 'GET', path })).status).toBe(200);
      }
    } finally {
      await app.close();
    }
  });

  it('believes X-Forwarded-For only from trusted proxies (TRUST_PROXY)', async () => {
    const app = await startInProcess({ rateLimit: { perMinute: 1, burst: 1 }, trustProxy: 0 });
    try {
      // Nobody is trusted: the two "clients" are one loopback address, and share one bucket.
      expect((await ask(app.base, '203.0.113.1')).status).toBe(200);
      expect((await ask(app.base, '203.0.113.2')).status).toBe(429);
    } finally {
      await app.close();
    }
  });
});
