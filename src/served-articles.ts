/**
 * The articles one bot serves, each answered by its own engine, and the one
 * that answers when a client names none (`POST /api/ask`, the demo page at
 * `/`, the CLI without `--article`, Slack channels without a default).
 */
import { ConfigError } from './errors.js';
import { chooseArticle, type ArticleInfo } from './knowledge/load-articles.js';
import type { Engine } from './pipeline/answer-question.js';

export interface ServedArticle extends ArticleInfo {
  readonly engine: Engine;
}

export interface ServedArticles {
  /** In slug order. */
  readonly all: readonly ServedArticle[];
  readonly default: ServedArticle;
  find(slug: string): ServedArticle | undefined;
  /** The same articles with each engine wrapped, e.g. observed for logs and metrics. */
  withEngines(wrap: (engine: Engine, article: ServedArticle) => Engine): ServedArticles;
}

/** `defaultSlug` (DEFAULT_ARTICLE) picks the default; without it, the first article by slug order. */
export function servedArticles(articles: readonly ServedArticle[], defaultSlug?: string): ServedArticles {
  const all = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const bySlug = new Map(all.map((article) => [article.slug, article]));
  const chosen = chooseArticle(all, undefined, defaultSlug);
  if (chosen === undefined) {
    throw new ConfigError(
      defaultSlug === undefined
        ? 'No article to serve; add one as knowledge/<slug>/ with intents/<slug>/ (see docs/articles.md).'
        : `DEFAULT_ARTICLE: there is no article "${defaultSlug}"; use one of ${all.map((article) => article.slug).join(', ')}.`,
    );
  }
  return {
    all,
    default: chosen,
    find: (slug) => bySlug.get(slug),
    withEngines: (wrap) => servedArticles(all.map((article) => ({ ...article, engine: wrap(article.engine, article) })), chosen.slug),
  };
}
