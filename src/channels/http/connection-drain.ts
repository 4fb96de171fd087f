/**
 * Lets a server that is shutting down let go of keep-alive clients cleanly.
 * Once draining, every response says `Connection: close`, those already in
 * flight included (while their headers are unsent), so each client's
 * connection ends after its answer and its next request opens a new one,
 * which the load balancer sends elsewhere; none is reset mid-request.
 */
import type { ServerResponse } from 'node:http';
import type { NodeMiddleware } from './node-middleware.js';

export interface ConnectionDrain {
  /** Mount first, so every response passes through it. */
  readonly middleware: NodeMiddleware;
  /** From now on, every response closes its connection. */
  begin(): void;
}

export function connectionDrain(): ConnectionDrain {
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  return {
    middleware: (_req, res, next) => {
      if (draining) {
        res.setHeader('Connection', 'close');
      } else {
        inFlight.add(res);
        res.once('close', () => inFlight.delete(res));
      }
      next();
    },
    begin() {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      inFlight.clear();
    },
  };
}
