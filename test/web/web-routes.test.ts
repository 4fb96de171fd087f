/**
 * The web channel's routes over HTTP, without a browser: the demo page, the
 * widget script and CORS for POST /api/ask (same-origin only by default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGE_CSP } from '../../src/channels/web/create-web-channel.js';
import { PREFLIGHT_MAX_AGE_SECONDS } from '../../src/channels/web/widget-cors.js';
import { startBot, type RunningBot } from './harness.js';

const ALLOWED = 'https://partner.example';
const ARTICLE_URL = 'https://news.example/huawei';

let configured: RunningBot;
let defaults: RunningBot;

beforeAll(async () => {
  [configured, defaults] = await Promise.all([
    startBot({ WIDGET_ORIGINS: `${ALLOWED},https://other-partner.example:8443`, ARTICLE_URL }),
    startBot({ WIDGET_ORIGINS: '', ARTICLE_URL: '' }),
  ]);
});

afterAll(async () => {
  await Promise.all([configured?.close(), defaults?.close()]);
});

function preflight(bot: RunningBot, origin: string): Promise<Response> {
  return fetch(`${bot.origin}/api/ask`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
}

function ask(bot: RunningBot, origin?: string): Promise<Response> {
  return fetch(`${bot.origin}/api/ask`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin === undefined ? {} : { Origin: origin }) },
    body: JSON.stringify({ question: 'Who is Guo Ping?' }),
  });
}

describe('CORS for /api/ask', () => {
  it('answers the preflight of an allowed origin with the methods and headers the widget uses', async () => {
    const response = await preflight(configured, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(response.headers.get('access-control-max-age')).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('lets an allowed origin read the answer', async () => {
    const response = await ask(configured, ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('vary')).toContain('Origin');
    expect((await response.json()).citations.length).toBeGreaterThan(0);
  });

  it('gives an origin that is not listed no CORS headers, so browsers refuse it', async () => {
    const refused = await preflight(configured, 'https://evil.example');
    expect(refused.status).toBe(204);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    expect((await ask(configured, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    // Origins compare exactly: scheme, host and port.
    expect((await preflight(configured, 'http://partner.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no other origin by default', async () => {
    expect((await preflight(defaults, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
    const sameOrigin = await ask(defaults, defaults.origin);
    expect(sameOrigin.status).toBe(200);
  });

  it('adds CORS headers to the API’s error responses too, so the widget can read them', async () => {
    const response = await fetch(`${configured.origin}/api/ask`, { method: 'GET', headers: { Origin: ALLOWED } });
    expect(response.status).toBe(405);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});

describe('GET /', () => {
  it('serves the demo page under a strict CSP with no inline script or style', async () => {
    const response = await fetch(`${defaults.origin}/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(DEMO_PAGE_CSP);
    expect(DEMO_PAGE_CSP).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain('<script src="widget.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="demo.css">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  });

  it('links the original article when ARTICLE_URL is set', async () => {
    expect(await (await fetch(`${configured.origin}/`)).text()).toContain(`<a href="${ARTICLE_URL}">`);
    expect(await (await fetch(`${defaults.origin}/`)).text()).not.toContain('Read the original article');
  });
});

describe('GET /widget.js and /demo.css', () => {
  it('serves the widget as JavaScript that other sites may load, with ARTICLE_URL filled in', async () => {
    const response = await fetch(`${configured.origin}/widget.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain(`/*server-config*/ {"articleUrl":"${ARTICLE_URL}"} /*end-server-config*/`);
    expect(await (await fetch(`${defaults.origin}/widget.js`)).text()).toContain('/*server-config*/ {"articleUrl":null} /*end-server-config*/');
  });

  it('serves the demo stylesheet', async () => {
    const response = await fetch(`${defaults.origin}/demo.css`);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toContain('[data-sentence]:target');
  });
});
