/** The site-wide security headers: a CSP as strict as the demo page's on every response, no inline anything. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspDirectives } from '../../src/channels/http/security-headers.js';
import { DEMO_PAGE_CSP } from '../../src/channels/web/create-web-channel.js';
import { startInProcess, type InProcessApp } from './support/in-process-app.js';
import { rawRequest } from './support/raw-request.js';

let app: InProcessApp;
beforeAll(async () => {
  app = await startInProcess();
});
afterAll(() => app.close());

const policyOf = (header: string | string[] | undefined) => cspDirectives(String(header).replace(/;/g, '; '));

describe('security headers', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/widget.js'],
    ['GET', '/demo.css'],
    ['GET', '/healthz'],
    ['GET', '/readyz'],
    ['GET', '/metrics'],
    ['POST', '/api/ask'],
    ['GET', '/no-such-page'],
  ])('%s %s carries the demo page’s CSP and the usual hardening headers', async (method, path) => {
    const response = await rawRequest(app.base, { method, path, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"question":"hi"}' : undefined });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(policyOf(csp)).toEqual(cspDirectives(DEMO_PAGE_CSP));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('lets other sites load the widget script, and nothing else', async () => {
    expect((await rawRequest(app.base, { method: 'GET', path: '/widget.js' })).headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect((await rawRequest(app.base, { method: 'GET', path: '/' })).headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('reads a policy string into directives', () => {
    expect(cspDirectives("default-src 'none'; script-src 'self' https://a.example ;")).toEqual({ 'default-src': ["'none'"], 'script-src': ["'self'", 'https://a.example'] });
  });
});
