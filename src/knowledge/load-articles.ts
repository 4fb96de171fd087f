/**
 * Finds and loads every article the bot serves. `knowledge/` and `intents/`
 * hold one folder per article, named by its slug:
 *
 *   knowledge/<slug>/article.txt, sentences.json, facts.json, lexicon.json, replies.json[, source.json]
 *   intents/<slug>/*.json
 *
 * Every article is validated; one `DataError` lists the problems of all of
 * them, each naming file, field and fix, so a broken second article cannot
 * slip through behind a good first one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { ArticleSource } from './article-source.js';
import { displayPath, loadKnowledge, type KnowledgeBase, type KnowledgeLocation } from './load-knowledge.js';

/** Lower-case letters and digits in hyphen-joined words: safe in URLs, Redis keys, file names and Slack commands. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The files of the single-article layout, which is no longer read. */
const OLD_LAYOUT_FILES = ['article.txt', 'facts.json', 'sentences.json'];

export interface ArticleLocation extends KnowledgeLocation {
  /** The folder name, which is the article's id everywhere (URLs, Slack, CLI, session keys). */
  readonly slug: string;
}

/** What lists and pages show about an article. */
export interface ArticleInfo {
  readonly slug: string;
  /** The article's first line. */
  readonly headline: string;
  readonly sentenceCount: number;
  /** From `source.json`; undefined when the article has none. */
  readonly source: ArticleSource | undefined;
}

export interface LoadedArticle extends ArticleInfo {
  readonly knowledge: KnowledgeBase;
  /** This article's own folders. */
  readonly location: ArticleLocation;
}

/** The article folders under `knowledgeDir` and `intentsDir`, in slug order; throws `DataError` when the layout is wrong. */
export function findArticles({ knowledgeDir, intentsDir }: KnowledgeLocation): ArticleLocation[] {
  const problems: string[] = [];
  for (const file of OLD_LAYOUT_FILES.filter((name) => existsSync(join(knowledgeDir, name)))) {
    problems.push(
      `${displayPath(join(knowledgeDir, file))}: the single-article layout is not read any more; move the article's files into ${displayPath(knowledgeDir)}/<slug>/ and its intents into ${displayPath(intentsDir)}/<slug>/ (see docs/articles.md).`,
    );
  }
  const knowledgeSlugs = articleFolders(knowledgeDir, 'KNOWLEDGE_DIR', problems);
  const intentSlugs = articleFolders(intentsDir, 'INTENTS_DIR', problems);
  for (const slug of knowledgeSlugs.filter((slug) => !intentSlugs.includes(slug))) {
    problems.push(`${displayPath(join(intentsDir, slug))}: is missing; create it with the intent files of the article in ${displayPath(join(knowledgeDir, slug))}.`);
  }
  for (const slug of intentSlugs.filter((slug) => !knowledgeSlugs.includes(slug))) {
    problems.push(`${displayPath(join(intentsDir, slug))}: has no article; add ${displayPath(join(knowledgeDir, slug))}/ or remove the folder.`);
  }
  if (problems.length === 0 && knowledgeSlugs.length === 0) {
    problems.push(`${displayPath(knowledgeDir)}: holds no article folder; add one as knowledge/<slug>/ with intents/<slug>/ (see docs/articles.md).`);
  }
  if (problems.length > 0) throw new DataError(problems);
  return knowledgeSlugs.map((slug) => ({ slug, knowledgeDir: join(knowledgeDir, slug), intentsDir: join(intentsDir, slug) }));
}

/** Loads and validates every article; throws one `DataError` listing the problems of all of them. */
export function loadArticles(root: KnowledgeLocation): LoadedArticle[] {
  const problems: string[] = [];
  const articles = findArticles(root).flatMap((location) => {
    try {
      return [loadArticle(location)];
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  });
  if (problems.length > 0) throw new DataError(problems);
  return articles;
}

/** Loads one article folder (with its intents folder) and its optional `source.json`. */
export function loadArticle(location: ArticleLocation): LoadedArticle {
  const knowledge = loadKnowledge(location);
  const { source } = knowledge;
  return {
    slug: location.slug,
    headline: knowledge.article.split('\n', 1)[0]?.trim() ?? '',
    sentenceCount: knowledge.sentences.length,
    source,
    knowledge,
    location,
  };
}

/**
 * The article `slug` names; without one, the default: `defaultSlug` (DEFAULT_ARTICLE)
 * when set, else the first of `articles`, which are in slug order. Undefined when none matches.
 */
export function chooseArticle<T extends { readonly slug: string }>(articles: readonly T[], slug: string | undefined, defaultSlug: string | undefined): T | undefined {
  const wanted = slug ?? defaultSlug ?? articles[0]?.slug;
  return articles.find((article) => article.slug === wanted);
}

/** Sub-folder names in slug order; a name that is not a slug is a problem, hidden folders are skipped. */
function articleFolders(dir: string, setting: string, problems: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    problems.push(`${displayPath(dir)}: cannot be read (${(error as Error).message}); set ${setting} to the folder of article folders.`);
    return [];
  }
  for (const name of names.filter((name) => !ARTICLE_SLUG.test(name))) {
    problems.push(`${displayPath(join(dir, name))}: "${name}" is not an article slug; rename the folder with lower-case letters, digits and hyphens, such as "${suggestedSlug(name)}".`);
  }
  return names.filter((name) => ARTICLE_SLUG.test(name));
}

function suggestedSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-article';
}
