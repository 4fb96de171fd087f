/**
 * The one place errors become HTTP responses: `{"error": {"code", "message"}}`
 * with the status that fits the code. Unexpected errors are logged and
 * reported as a 500 without internals.
 */
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { RequestError, type ErrorCode } from '../../errors.js';
import type { NodeErrorHandler } from './node-middleware.js';

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  article_not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

/** Sends `{"error": {"code", "message"}}` with the code's status. No ETag: an error is never revalidated. */
export function sendError(res: ServerResponse, code: ErrorCode, message: string): void {
  res.statusCode = STATUS[code];
  sendJson(res, JSON.stringify({ error: { code, message } }));
}

/** Sends a JSON body (Node adds its Content-Length). */
export function sendJson(res: ServerResponse, body: string): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(body);
}

/**
 * body-parser reports its failures with a `type`; translate them into our
 * codes. Any other client error it raises (a corrupt gzip body, a request
 * aborted mid-body) carries a 4xx `status` and becomes the closest code, so
 * no client mistake is ever reported, or logged, as a server failure.
 */
function fromBodyParser(error: { type?: unknown; limit?: unknown; status?: unknown }): RequestError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new RequestError('invalid_json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new RequestError('payload_too_large', `The request body is larger than ${String(error.limit)} bytes.`);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new RequestError('unsupported_media_type', 'Send the body as UTF-8 JSON.');
    default:
      break;
  }
  const status = typeof error.status === 'number' ? error.status : 0;
  if (status === 413) return new RequestError('payload_too_large', 'The request body is too large.');
  if (status === 415) return new RequestError('unsupported_media_type', 'Send the question as JSON with Content-Type: application/json.');
  if (status >= 400 && status < 500) return new RequestError('invalid_request', 'The request body could not be read; send it again as plain or gzip-encoded UTF-8 JSON.');
  return undefined;
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 'not_found', `No route for ${req.method} ${req.path}.`);
};

export function errorHandler(log: (error: unknown) => void): NodeErrorHandler {
  return (error, _req, res, _next) => {
    const known = error instanceof RequestError ? error : fromBodyParser((error ?? {}) as Parameters<typeof fromBodyParser>[0]);
    if (known !== undefined) return sendError(res, known.code, known.message);
    log(error);
    if (!res.headersSent) sendError(res, 'internal_error', 'Something went wrong; please try again.');
  };
}
