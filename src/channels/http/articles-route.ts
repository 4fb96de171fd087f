/**
 * `GET /api/articles`: the articles this bot answers about, for clients that
 * let the reader choose, and the lookup every per-article route uses.
 */
import express, { type Router } from 'express';
import { RequestError } from '../../errors.js';
import { ARTICLE_SLUG } from '../../knowledge/load-articles.js';
import type { ServedArticle, ServedArticles } from '../../served-articles.js';

/** The article `slug` names, or a 404 `article_not_found` that says where the list is. */
export function requireArticle(articles: ServedArticles, slug: string): ServedArticle {
  const article = articles.find(slug);
  if (article === undefined) throw articleNotFound(slug);
  return article;
}

export function articleNotFound(slug: string): RequestError {
  // Only a well-formed slug is echoed: the message must not carry whatever a client put in the path.
  const named = ARTICLE_SLUG.test(slug) && slug.length <= 100 ? `"${slug}"` : 'with that slug';
  return new RequestError('article_not_found', `There is no article ${named}; GET /api/articles lists them.`);
}

export function articlesRouter(articles: ServedArticles): Router {
  const router = express.Router();
  const body = {
    defaultArticle: articles.default.slug,
    articles: articles.all.map(({ slug, headline, sentenceCount, source }) => ({ slug, headline, sentenceCount, ...(source === undefined ? {} : { source }) })),
  };
  router.get('/api/articles', (_req, res) => {
    res.json(body);
  });
  return router;
}
