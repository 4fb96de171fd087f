/**
 * Which article a Slack question is about. A slash command may name it as
 * its first word (`/ask-article acme Who runs it?`); otherwise the channel's
 * default from SLACK_CHANNEL_ARTICLES; otherwise the bot's default article.
 */
import type { ServedArticle, ServedArticles } from '../../served-articles.js';

export interface ArticleChoice {
  readonly article: ServedArticle;
  /** The question without the slug that named the article. */
  readonly question: string;
}

/** The channel's default article, else the bot's. */
export function channelArticle(articles: ServedArticles, channelArticles: ReadonlyMap<string, string>, channel: string): ServedArticle {
  const slug = channelArticles.get(channel);
  return (slug === undefined ? undefined : articles.find(slug)) ?? articles.default;
}

/** A leading word that is an article's slug (in any case) picks that article; any other is part of the question. */
export function commandArticle(articles: ServedArticles, channelArticles: ReadonlyMap<string, string>, channel: string, text: string): ArticleChoice {
  const [, first = '', rest = ''] = /^(\S+)\s*([^]*)$/.exec(text) ?? [];
  const named = articles.find(first.toLowerCase());
  return named === undefined ? { article: channelArticle(articles, channelArticles, channel), question: text } : { article: named, question: rest };
}
