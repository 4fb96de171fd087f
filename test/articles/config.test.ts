/** The settings that choose articles: DEFAULT_ARTICLE and SLACK_CHANNEL_ARTICLES, checked at start-up. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ACME, articleRoot, HUAWEI } from '../support/articles.js';

const root = articleRoot({ acme: ACME, huawei: HUAWEI });
const slack = { SLACK_SIGNING_SECRET: 'secret', SLACK_BOT_TOKEN: 'xoxb-token' };

describe('DEFAULT_ARTICLE', () => {
  it('is unset by default, so the first article by slug order is the default', () => {
    expect(loadConfig(root.env).defaultArticle).toBeUndefined();
  });

  it('names an article folder', () => {
    expect(loadConfig({ ...root.env, DEFAULT_ARTICLE: 'huawei' }).defaultArticle).toBe('huawei');
  });

  it.each([
    ['Huawei', /^DEFAULT_ARTICLE: "Huawei" is not an article slug; use the name of a folder in .* \(lower-case letters, digits, hyphens\)\.$/],
    ['tesla', /^DEFAULT_ARTICLE: there is no article "tesla" \(no folder .*\/knowledge\/tesla\); use the slug of an article folder\.$/],
  ])('refuses %s, saying what to use', (value, message) => {
    expect(() => loadConfig({ ...root.env, DEFAULT_ARTICLE: value })).toThrow(message);
  });
});

describe('SLACK_CHANNEL_ARTICLES', () => {
  it('maps channel ids to article slugs', () => {
    const config = loadConfig({ ...root.env, ...slack, SLACK_CHANNEL_ARTICLES: 'C0AAA:acme, C0BBB:huawei' });
    expect([...(config.slack?.channelArticles ?? [])]).toEqual([['C0AAA', 'acme'], ['C0BBB', 'huawei']]);
    expect(loadConfig({ ...root.env, ...slack }).slack?.channelArticles.size).toBe(0);
  });

  it.each([
    ['C0AAA=acme', /^SLACK_CHANNEL_ARTICLES entry "C0AAA=acme" is not valid: use channelId:slug pairs/],
    ['general:acme', /^SLACK_CHANNEL_ARTICLES entry "general:acme" is not valid/],
    ['C0AAA:acme:huawei', /^SLACK_CHANNEL_ARTICLES entry "C0AAA:acme:huawei" is not valid/],
    ['C0AAA:tesla', /^SLACK_CHANNEL_ARTICLES: there is no article "tesla"/],
  ])('refuses %s', (value, message) => {
    expect(() => loadConfig({ ...root.env, ...slack, SLACK_CHANNEL_ARTICLES: value })).toThrow(message);
  });
});
