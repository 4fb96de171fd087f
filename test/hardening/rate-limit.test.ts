/**
 * Per-client rate limiting of the question API: 429 with Retry-After, probes
 * never limited, IPv6 clients counted by network, junk X-Forwarded-For values
 * never counted apart, exempt addresses never limited.
 */
import { describe, expect, it } from 'vitest';
import { startInProcess } from './support/in-process-app.js';
import { rawRequest } from './support/raw-request.js';

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
      // 3 questions per window of 3/6 minutes: the window ends within 30 s.
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(30);
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

  it('counts the addresses of one IPv6 network as one client (/56 by default, RATE_LIMIT_IPV6_PREFIX)', async () => {
    const byNetwork = await startInProcess({ rateLimit: { perMinute: 60, burst: 20 } });
    const by64 = await startInProcess({ rateLimit: { perMinute: 60, burst: 20, ipv6Prefix: 64 } });
    try {
      // 40 addresses of one /64: the probe that found all 40 allowed.
      const statuses = [];
      for (let i = 1; i <= 40; i += 1) statuses.push((await ask(byNetwork.base, `2001:db8:1:2::${i.toString(16)}`)).status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(20);
      expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
      // Another /64 of the same /56 is the same client by default...
      expect((await ask(byNetwork.base, '2001:db8:1:3::1')).status).toBe(429);
      expect((await ask(byNetwork.base, '2001:db8:2::1')).status).toBe(200);
      // ...and a client of its own with a /64 prefix.
      for (let i = 1; i <= 20; i += 1) await ask(by64.base, `2001:db8:1:2::${i}`);
      expect((await ask(by64.base, '2001:db8:1:2::ffff')).status).toBe(429);
      expect((await ask(by64.base, '2001:db8:1:3::1')).status).toBe(200);
    } finally {
      await byNetwork.close();
      await by64.close();
    }
  });

  it('counts a trusted proxy passing on values that are not IP addresses as one client, whatever the values', async () => {
    const app = await startInProcess({ rateLimit: { perMinute: 6, burst: 3 } });
    try {
      const junk = ['not-an-ip', 'x'.repeat(8000), '999.1.1.1', '2001:db8::zz', 'unknown', '<script>'];
      const statuses = [];
      for (const value of junk) statuses.push((await ask(app.base, value)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
      // The proxy itself (loopback) is that client.
      expect((await ask(app.base, '127.0.0.1')).status).toBe(429);
      expect((await ask(app.base, '203.0.113.9')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('never limits addresses in RATE_LIMIT_EXEMPT', async () => {
    const app = await startInProcess({ rateLimit: { perMinute: 1, burst: 1, exempt: ['198.51.100.0/24', '2001:db8:ff::7'] } });
    try {
      for (let i = 0; i < 5; i += 1) {
        expect((await ask(app.base, '198.51.100.20')).status).toBe(200);
        expect((await ask(app.base, '2001:db8:ff::7')).status).toBe(200);
      }
      await ask(app.base, '203.0.113.5');
      expect((await ask(app.base, '203.0.113.5')).status).toBe(429);
    } finally {
      await app.close();
    }
  });
});
