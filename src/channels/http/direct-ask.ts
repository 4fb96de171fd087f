/**
 * The ask routes' usual requests served without Express. A POST of JSON to
 * `/api/ask` or `/api/articles/<slug>/ask` runs the same middleware and
 * steps it would run through Express, in the same order, and ends in the
 * same error handler; what it skips is Express's router and, above all, the
 * prototypes Express gives every request and response, after which Node's
 * own HTTP code ran several times slower on both (a bare server answering
 * JSON: 80–115 µs of CPU per request; the same with Express's prototypes set:
 * 330–460 µs; docs/performance.md).
 *
 * Anything else (other methods, content types, encodings, spellings of the
 * path, a body without a length) goes to Express, which serves it as before,
 * so a rare request can never tell the two apart by anything but its cost.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import { ARTICLE_SLUG } from '../../knowledge/load-articles.js';
import type { ServedArticles } from '../../served-articles.js';
import { articleNotFound } from './articles-route.js';
import { answerQuestion, MAX_BODY } from './ask-route.js';
import { runChain, type NodeErrorHandler, type NodeMiddleware } from './node-middleware.js';
import { readJsonBody } from './read-json-body.js';
import { pathOf } from './request-log.js';

/** The Content-Type values the direct path takes (lower-cased); any other goes through Express's `req.is`. */
const PLAIN_JSON: ReadonlySet<string> = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

const ARTICLE_ASK = /^\/api\/articles\/([^/]+)\/ask$/;

/** The whole chain a direct request runs, or undefined when Express is to serve it. */
export type DirectChains = (req: IncomingMessage) => readonly NodeMiddleware[] | undefined;

/** `before`: the middleware Express runs on the ask paths before their own steps (drain, headers, request log, CORS, limit). */
export function directAskChains(articles: ServedArticles, before: readonly NodeMiddleware[]): DirectChains {
  const readBody = readJsonBody(MAX_BODY);
  const chains = new Map(articles.all.map((article) => [article.slug, [...before, readBody, answerQuestion(() => article.engine)]]));
  const defaultChain = [...before, readBody, answerQuestion(() => articles.default.engine)];
  return (req) => {
    if (req.method !== 'POST' || !isPlainJson(req)) return undefined;
    const path = pathOf(req);
    if (path === '/api/ask') return defaultChain;
    const slug = ARTICLE_ASK.exec(path)?.[1];
    if (slug === undefined || !ARTICLE_SLUG.test(slug)) return undefined;
    // An unknown article is refused after the limit and before its body is read, as through Express.
    return chains.get(slug) ?? [...before, (_req, _res, next) => next(articleNotFound(slug))];
  };
}

/** A body of JSON in UTF-8 with a length or chunks, as `req.is('application/json')` and body-parser take without question. */
function isPlainJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(req.headers['content-length']));
  return type !== undefined && PLAIN_JSON.has(type.toLowerCase()) && hasBody && req.headers['content-encoding'] === undefined;
}

/**
 * Puts the direct path in front of `app`: the requests `chains` takes never
 * reach Express. Express calls `app.handle` for every request it is given
 * (`app(req, res)`, `app.listen`, a test's `request(app)`), so the direct
 * path serves them all alike.
 */
export function serveAskDirectly(app: Express, chains: DirectChains, onError: NodeErrorHandler): void {
  const application = app as unknown as { handle: (req: IncomingMessage, res: ServerResponse, done?: unknown) => void };
  const throughExpress = application.handle.bind(app);
  application.handle = (req, res, done) => {
    const chain = chains(req);
    if (chain === undefined) throughExpress(req, res, done);
    else runChain(chain, req, res, onError);
  };
}
