/**
 * Middleware written against Node's own request and response, which Express
 * mounts as it is and the direct ask path (`direct-ask.ts`) runs without
 * Express: one implementation of each feature for both.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Next = (error?: unknown) => void;
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
export type NodeErrorHandler = (error: unknown, req: IncomingMessage, res: ServerResponse, next: Next) => void;

/**
 * Runs `chain` in order as Express would: each step calls `next()` to go on
 * or `next(error)` (or throws) to end in `onError`; a step that answers
 * without calling `next` ends the chain.
 */
export function runChain(chain: readonly NodeMiddleware[], req: IncomingMessage, res: ServerResponse, onError: NodeErrorHandler): void {
  let index = 0;
  const fail: Next = () => {};
  const next: Next = (error) => {
    if (error !== undefined && error !== null) {
      onError(error, req, res, fail);
      return;
    }
    const step = chain[index];
    index += 1;
    if (step === undefined) return;
    try {
      step(req, res, next);
    } catch (thrown) {
      onError(thrown, req, res, fail);
    }
  };
  next();
}
