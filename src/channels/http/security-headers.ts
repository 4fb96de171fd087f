/**
 * Security headers on every response (helmet). The Content-Security-Policy
 * is the demo page's own (`DEMO_PAGE_CSP`: everything from this origin,
 * nothing inline, no framing), applied site-wide, so no response is looser
 * than the page that needs the most. JSON responses need even less, and the
 * widget script, which other sites load, sets its own
 * `Cross-Origin-Resource-Policy: cross-origin`.
 *
 * helmet builds every header again for every response (the policy string
 * among them), though with these options they never change: it is run once,
 * and each response gets the headers it set.
 */
import helmet from 'helmet';
import type { OutgoingHttpHeader } from 'node:http';
import { DEMO_PAGE_CSP } from '../web/create-web-channel.js';
import type { NodeMiddleware } from './node-middleware.js';

/** Splits a policy string into helmet's directive map: `"a x; b y z"` → `{ a: ["x"], b: ["y", "z"] }`. */
export function cspDirectives(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives[name] = values;
  }
  return directives;
}

export function securityHeaders(): NodeMiddleware {
  const headers = helmetHeaders(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(DEMO_PAGE_CSP) },
      // frame-ancestors 'none' above; X-Frame-Options for browsers that predate it.
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The headers a helmet middleware sets, read by running it once against a response that only records them. */
function helmetHeaders(middleware: ReturnType<typeof helmet>): ReadonlyArray<readonly [string, OutgoingHttpHeader]> {
  const headers = new Map<string, OutgoingHttpHeader>();
  const recorder = {
    setHeader: (name: string, value: OutgoingHttpHeader) => headers.set(name, value),
    // helmet removes X-Powered-By, which no response of ours carries.
    removeHeader: (name: string) => headers.delete(name),
  };
  let finished = false;
  middleware({} as never, recorder as never, () => {
    finished = true;
  });
  if (!finished) throw new Error('security headers: helmet did not finish synchronously; its headers cannot be read once.');
  return [...headers];
}
