/**
 * CORS for `POST /api/ask`, so the widget can be embedded on other sites.
 * Only origins listed in WIDGET_ORIGINS get CORS headers; with none listed the
 * widget works on the bot's own origin only (same-origin needs no headers).
 *
 * Browsers preflight the widget's JSON POST, and a cross-origin page reads
 * nothing without `Access-Control-Allow-Origin`, so an unlisted origin is
 * refused by the browser. Non-browser clients are not the concern of CORS.
 */
import type { RequestHandler } from 'express';

/** How long a browser may cache a successful preflight, in seconds. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function widgetCors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    // Responses differ by Origin, so shared caches must key on it.
    res.vary('Origin');
    const origin = req.get('Origin');
    const isAllowed = origin !== undefined && allowed.has(origin);
    if (isAllowed) res.set('Access-Control-Allow-Origin', origin);

    if (req.method === 'OPTIONS' && req.get('Access-Control-Request-Method') !== undefined) {
      if (isAllowed) {
        res.set({
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
        });
      }
      // Answered either way: without the allow headers the browser refuses the request and says why in its console.
      res.vary('Access-Control-Request-Headers').status(204).end();
      return;
    }
    next();
  };
}
