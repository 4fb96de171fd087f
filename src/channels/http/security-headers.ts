/**
 * Security headers on every response (helmet). The Content-Security-Policy
 * is the demo page's own (`DEMO_PAGE_CSP`: everything from this origin,
 * nothing inline, no framing), applied site-wide, so no response is looser
 * than the page that needs the most. JSON responses need even less, and the
 * widget script, which other sites load, sets its own
 * `Cross-Origin-Resource-Policy: cross-origin`.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { DEMO_PAGE_CSP } from '../web/create-web-channel.js';

/** Splits a policy string into helmet's directive map: `"a x; b y z"` → `{ a: ["x"], b: ["y", "z"] }`. */
export function cspDirectives(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives[name] = values;
  }
  return directives;
}

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(DEMO_PAGE_CSP) },
    // frame-ancestors 'none' above; X-Frame-Options for browsers that predate it.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
