/**
 * CORS for `POST /api/ask`, so the widget can be embedded on other sites.
 * Only origins listed in WIDGET_ORIGINS get CORS headers; with none listed the
 * widget works on the bot's own origin only (same-origin needs no headers).
 *
 * Browsers preflight the widget's JSON POST, and a cross-origin page reads
 * nothing without `Access-Control-Allow-Origin`, so an unlisted origin is
 * refused by the browser. Non-browser clients are not the concern of CORS.
 */
import type { ServerResponse } from 'node:http';
import type { NodeMiddleware } from '../http/node-middleware.js';

/** How long a browser may cache a successful preflight, in seconds. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function widgetCors(allowedOrigins: readonly string[]): NodeMiddleware {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    // Responses differ by Origin, so shared caches must key on it.
    vary(res, 'Origin');
    const origin = req.headers.origin;
    const isAllowed = origin !== undefined && allowed.has(origin);
    if (isAllowed) res.setHeader('Access-Control-Allow-Origin', origin);

    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      if (isAllowed) {
        res.setHeader('Access-Control-Allow-Methods', 'POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
        res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      }
      // Answered either way: without the allow headers the browser refuses the request and says why in its console.
      vary(res, 'Access-Control-Request-Headers');
      res.statusCode = 204;
      res.end();
      return;
    }
    next();
  };
}

/** Adds `field` to the response's `Vary` header unless it is there already (or the header is `*`). */
function vary(res: ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  if (current === undefined) {
    res.setHeader('Vary', field);
    return;
  }
  const fields = String(current).split(',').map((name) => name.trim().toLowerCase());
  if (!fields.includes('*') && !fields.includes(field.toLowerCase())) res.setHeader('Vary', `${String(current)}, ${field}`);
}
