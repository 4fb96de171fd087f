/** Finding and loading article folders: the one layout, validated, with messages naming file, field and fix. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { chooseArticle, loadArticles } from '../../src/knowledge/load-articles.js';
import type { KnowledgeLocation } from '../../src/knowledge/load-knowledge.js';
import { ACME, articleRoot, HUAWEI } from '../support/articles.js';

const SOURCE = { url: 'https://news.example/acme', byline: 'By Jane Roe', published: '2026-03-02', publisher: 'News Example', licence: 'CC BY 2.5', attribution: 'From News Example' };

function problemsOf(location: KnowledgeLocation): readonly string[] {
  try {
    loadArticles(location);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected the articles not to load');
}

describe('loadArticles', () => {
  it('loads every article folder in slug order, with its headline, sentence count and source', () => {
    const root = articleRoot({ huawei: HUAWEI, acme: ACME }, { acme: { 'source.json': SOURCE } });
    const articles = loadArticles(root);
    expect(articles.map((article) => article.slug)).toEqual(['acme', 'huawei']);
    expect(articles[0]).toMatchObject({ headline: 'Acme sales top 5 billion dollars', sentenceCount: 4, source: SOURCE });
    expect(articles[1]).toMatchObject({ headline: expect.stringMatching(/^Huawei defends security record/), source: undefined });
    expect(articles[1]?.knowledge.facts.length).toBeGreaterThan(30);
    expect(articles[0]?.location).toEqual({ slug: 'acme', knowledgeDir: join(root.knowledgeDir, 'acme'), intentsDir: join(root.intentsDir, 'acme') });
  });

  it('names the file, field and fix of a bad source.json', () => {
    const root = articleRoot({ acme: ACME }, { acme: { 'source.json': { url: 'ftp://x.example', published: '2 March', licence: 'CC BY', author: 'Jane' } } });
    const problems = problemsOf(root);
    const file = join(root.knowledgeDir, 'acme/source.json');
    expect(problems).toContain(`${file}: url use an http:// or https:// URL.`);
    expect(problems).toContain(`${file}: published use a date such as "2019-03-29".`);
    expect(problems.some((problem) => problem.startsWith(`${file}: `) && problem.includes('"author"'))).toBe(true);
  });

  it('lists the problems of every article at once, each under its own folder', () => {
    const root = articleRoot({ first: ACME, second: ACME });
    for (const slug of ['first', 'second']) writeFileSync(join(root.knowledgeDir, slug, 'facts.json'), '{ not json');
    const problems = problemsOf(root);
    expect(problems.filter((problem) => /(first|second)\/facts\.json:1:3: not valid JSON .*; fix the file at line 1, column 3\.$/.test(problem))).toHaveLength(2);
  });

  it('refuses a folder name that is not a slug, suggesting one', () => {
    const root = articleRoot({ acme: ACME });
    mkdirSync(join(root.knowledgeDir, 'My Article'));
    expect(problemsOf(root)).toContain(
      `${join(root.knowledgeDir, 'My Article')}: "My Article" is not an article slug; rename the folder with lower-case letters, digits and hyphens, such as "my-article".`,
    );
  });

  it('refuses an article without its intents folder, and intents without an article', () => {
    const root = articleRoot({ acme: ACME, beta: ACME });
    rmSync(join(root.intentsDir, 'beta'), { recursive: true });
    mkdirSync(join(root.intentsDir, 'gamma'));
    const problems = problemsOf(root);
    expect(problems).toContain(`${join(root.intentsDir, 'beta')}: is missing; create it with the intent files of the article in ${join(root.knowledgeDir, 'beta')}.`);
    expect(problems).toContain(`${join(root.intentsDir, 'gamma')}: has no article; add ${join(root.knowledgeDir, 'gamma')}/ or remove the folder.`);
  });

  it('refuses the old single-article layout and says how to move it', () => {
    const root = articleRoot({ acme: ACME });
    writeFileSync(join(root.knowledgeDir, 'article.txt'), 'Old headline\n');
    expect(problemsOf(root)).toContain(
      `${join(root.knowledgeDir, 'article.txt')}: the single-article layout is not read any more; move the article's files into ${root.knowledgeDir}/<slug>/ and its intents into ${root.intentsDir}/<slug>/ (see docs/articles.md).`,
    );
  });

  it('refuses a folder with no article at all', () => {
    const root = articleRoot({});
    mkdirSync(root.knowledgeDir);
    mkdirSync(root.intentsDir);
    expect(problemsOf(root)).toEqual([`${root.knowledgeDir}: holds no article folder; add one as knowledge/<slug>/ with intents/<slug>/ (see docs/articles.md).`]);
  });
});

describe('chooseArticle', () => {
  const articles = [{ slug: 'acme' }, { slug: 'huawei' }];

  it('takes the named article, else the configured default, else the first by slug order', () => {
    expect(chooseArticle(articles, 'huawei', 'acme')?.slug).toBe('huawei');
    expect(chooseArticle(articles, undefined, 'huawei')?.slug).toBe('huawei');
    expect(chooseArticle(articles, undefined, undefined)?.slug).toBe('acme');
    expect(chooseArticle(articles, 'nope', undefined)).toBeUndefined();
  });
});
