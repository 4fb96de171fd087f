/**
 * The HTTP server the apps are served by, with limits on slow clients
 * (slow-loris): 10 s to send the headers, 30 s for the whole request.
 * Node enforces both only when it checks its connections, every 30 s by
 * default, which made the 10 s limit anything up to 40 s; it checks here
 * ten times per header timeout.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

export interface HttpTimeouts {
  readonly headersMs: number;
  readonly requestMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = Object.freeze({ headersMs: 10_000, requestMs: 30_000 });

export function createHttpServer(app: RequestListener, timeouts: HttpTimeouts = HTTP_TIMEOUTS): Server {
  return createServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: Math.max(10, Math.floor(timeouts.headersMs / 10)) },
    app,
  );
}
