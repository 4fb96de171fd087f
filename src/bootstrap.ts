/**
 * Builds the engines from configuration: the one recipe the server, the CLI,
 * the evaluation and the benchmark all use, so none has a second pipeline.
 * Every article gets its own engine; all share one session store, each under
 * its own slug. Only the default article is trained before the bot starts.
 */
import type { Config } from './config.js';
import { scopedSessions } from './conversation/scoped-sessions.js';
import { MemorySessionStore, type SessionStore } from './conversation/session-store.js';
import { UsageError } from './errors.js';
import { chooseArticle, loadArticles } from './knowledge/load-articles.js';
import { lazyEngine } from './lazy-engine.js';
import { createEngine, type Engine } from './pipeline/answer-question.js';
import { servedArticles, type ServedArticle, type ServedArticles } from './served-articles.js';

export interface Bot {
  /** The default article's engine. */
  readonly engine: Engine;
  readonly articles: ServedArticles;
  readonly sessions: SessionStore;
}

type BotConfig = Pick<Config, 'knowledgeDir' | 'intentsDir' | 'defaultArticle' | 'maxSessions' | 'sessionTtlMs' | 'answerCacheSize'>;

/** The default article's engine is trained at once; every other article's on its first question. */
export function createBot(config: BotConfig, sessions?: SessionStore): Bot {
  const store = sessions ?? new MemorySessionStore({ maxSessions: config.maxSessions, ttlMs: config.sessionTtlMs });
  const loaded = loadArticles(config);
  const defaultSlug = chooseArticle(loaded, undefined, config.defaultArticle)?.slug;
  const served = loaded.map((article) => {
    const train = () => createEngine(article.knowledge, { sessions: scopedSessions(store, article.slug), answerCacheSize: config.answerCacheSize });
    return { ...article, engine: article.slug === defaultSlug ? train() : lazyEngine(article.knowledge, train) };
  });
  const articles = servedArticles(served, config.defaultArticle);
  return { engine: articles.default.engine, articles, sessions: store };
}

/** The article a command line names with `--article`, or the default one. */
export function articleNamed(articles: ServedArticles, slug: string | undefined): ServedArticle {
  if (slug === undefined) return articles.default;
  const article = articles.find(slug);
  if (article === undefined) throw new UsageError(`--article ${slug}: there is no such article; use one of ${articles.all.map((a) => a.slug).join(', ')}.`);
  return article;
}
