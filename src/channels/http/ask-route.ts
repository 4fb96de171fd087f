/**
 * `POST /api/articles/:slug/ask` and `POST /api/ask` (the default article):
 * validate the request and hand the question to that article's engine.
 * The question is cleaned of control and invisible characters before it is
 * checked, so `"\u0000\u200b"` is an empty question and nothing invisible
 * reaches the engine, the logs or the unanswered-questions file. Only the
 * known fields are kept: `__proto__`, `constructor` and other extra keys are
 * dropped with the rest.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import express, { type Request, type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { RequestError } from '../../errors.js';
import type { Engine } from '../../pipeline/answer-question.js';
import { stripControl } from '../../pipeline/text-tokens.js';
import type { ChannelName } from '../../pipeline/types.js';
import type { ServedArticles } from '../../served-articles.js';
import { requireArticle } from './articles-route.js';
import { sendJson } from './error-response.js';
import type { NodeMiddleware } from './node-middleware.js';
import { requestIdOf } from './request-log.js';

/** Where questions are asked: about the default article, or about one by slug. Rate limits and CORS guard both. */
export const ASK_PATHS = ['/api/ask', '/api/articles/:slug/ask'] as const;

/** Longest question accepted, in characters. */
export const MAX_QUESTION_LENGTH = 500;
/** Largest request body accepted, in bytes. */
export const MAX_BODY = 16 * 1024;

/** Prefix of the engine sessions that API clients name. */
export const API_SESSIONS = 'api:';

/** Client-chosen session ids: long enough for a UUID, no characters that need escaping anywhere. */
export const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

const askBody = z.object({
  question: z
    .string({ error: (issue) => (issue.input === undefined ? 'question is required' : 'question must be a string') })
    .transform(stripControl)
    .pipe(
      z
        .string()
        .min(1, 'question must not be empty')
        .max(MAX_QUESTION_LENGTH, `question must be at most ${MAX_QUESTION_LENGTH} characters`),
    ),
  sessionId: z
    .string({ error: 'sessionId must be a string' })
    .regex(SESSION_ID, 'sessionId must be 1–128 letters, digits, "_", "-", ".", or ":"')
    .optional(),
});

/** Parses an ask request body or throws a `RequestError` naming the bad field. */
export function parseAskBody(body: unknown): z.infer<typeof askBody> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestError('invalid_request', 'The body must be a JSON object such as {"question": "…"}.');
  }
  const result = askBody.safeParse(body);
  if (!result.success) throw new RequestError('invalid_request', result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    next(new RequestError('unsupported_media_type', 'Send the question as JSON with Content-Type: application/json.'));
    return;
  }
  next();
};

/**
 * The last step of a POST to an ask path, once its JSON body is in
 * `req.body`: the question validated and answered by `engineFor`'s engine.
 * Node's request and response suffice, so the direct path (`direct-ask.ts`)
 * ends in the same step as the Express routes below.
 */
export function answerQuestion(engineFor: (req: IncomingMessage) => Engine, channel: ChannelName = 'http'): NodeMiddleware {
  const answer = async (req: IncomingMessage & { body?: unknown }, res: Parameters<NodeMiddleware>[1]) => {
    const { question, sessionId = randomUUID() } = parseAskBody(req.body);
    // Client ids live in the API's own namespace, so no client can name another channel's conversation (a Slack thread's).
    const response = await engineFor(req).ask({ question, sessionId: API_SESSIONS + sessionId, channel, requestId: requestIdOf(res) });
    // Not res.json: an answer is never revalidated (each carries its own session id), so hashing it for an ETag is waste.
    sendJson(res, JSON.stringify({ ...response, sessionId }));
  };
  return (req, res, next) => void answer(req, res).catch(next);
}

/** Any JSON body Express is given: every charset and content encoding body-parser reads. */
const jsonBody: NodeMiddleware = express.json({ limit: MAX_BODY, strict: true });

export function askRouter(articles: ServedArticles, channel: ChannelName = 'http'): Router {
  const router = express.Router();
  // An unknown article is refused before its body is read.
  router.param('slug', (_req, _res, next, slug: string) => {
    requireArticle(articles, slug);
    next();
  });
  router.post('/api/ask', requireJson, jsonBody, answerQuestion(() => articles.default.engine, channel));
  router.post('/api/articles/:slug/ask', requireJson, jsonBody, answerQuestion((req) => requireArticle(articles, String((req as Request).params['slug'])).engine, channel));
  for (const path of ASK_PATHS) {
    router.all(path, (req, res, next) => {
      res.set('Allow', 'POST');
      next(new RequestError('method_not_allowed', `${req.method} is not allowed on ${req.path}; use POST.`));
    });
  }
  return router;
}
