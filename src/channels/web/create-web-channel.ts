/**
/**
 * The web channel: the demo pages (`GET /articles/:slug` for each article,
 * `GET /` for the default one), the embeddable widget (`GET /widget.js`), the
 * demo pages' stylesheet and icon, each article's starter questions
 * (`GET /api/articles/:slug/welcome`, and `GET /api/welcome` for the default
 * article), and CORS for the widget's calls to the ask routes
 * from the origins in WIDGET_ORIGINS (its `askMiddleware`).
 *
 * The widget uses the public HTTP API rather than a route of its own, so it
 * gets exactly the API's validation, limits and error format.
 */
import type { RequestHandler, Response } from 'express';
import type { Config } from '../../config.js';
import type { ServedArticle, ServedArticles } from '../../served-articles.js';
import { articleNotFound } from '../http/articles-route.js';
import type { Channel } from '../http/create-app.js';
import { renderDemoPage } from './render-demo-page.js';
import { starterQuestions } from './starter-questions.js';
import { loadWidgetAssets } from './widget-assets.js';
import { widgetCors } from './widget-cors.js';

/** Browsers re-check the widget this often, so a deploy reaches embedding pages within minutes. */
const WIDGET_MAX_AGE_SECONDS = 300;

/**
 * The demo page's own policy: every script and style comes from this origin,
 * and nothing inline. (A site-wide policy may replace it; it must stay as strict.)
 */
export const DEMO_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The widget's starter questions, for the default article and for each one. */
const WELCOME_PATHS = ['/api/welcome', '/api/articles/:slug/welcome'] as const;

export function createWebChannel(articles: ServedArticles, config: Pick<Config, 'widgetOrigins' | 'articleUrl'>): Channel {
  const assets = loadWidgetAssets({ articleUrl: config.articleUrl });
  // ARTICLE_URL predates source.json; it still names the default article's original.
  const urlOf = (article: ServedArticle) => article.source?.url ?? (article === articles.default ? config.articleUrl : undefined);
  const pageOf = (article: ServedArticle, options: { slug?: string; assetBase?: string }) =>
    renderDemoPage(article.engine.knowledge, { articleUrl: urlOf(article), source: article.source, ...options });
  const pages = new Map(articles.all.map((article) => [article.slug, pageOf(article, { slug: article.slug, assetBase: '../' })]));
  const home = pageOf(articles.default, {});
  const welcomes = new Map(articles.all.map((article) => [article.slug, JSON.stringify({ starters: starterQuestions(article.engine.knowledge) })]));
  const pageHeaders = { 'Cache-Control': 'no-cache', 'Content-Security-Policy': DEMO_PAGE_CSP };
  const cached = { 'Cache-Control': `public, max-age=${WIDGET_MAX_AGE_SECONDS}` };
  const json = 'application/json; charset=utf-8';
  const cors = widgetCors(config.widgetOrigins);
  return {
    name: 'web',
    // The widget calls the ask routes from the pages that embed it.
    askMiddleware: cors,
    mount(app) {
      app.use([...WELCOME_PATHS], cors);
      app.get('/', serve(home, 'text/html; charset=utf-8', pageHeaders));
      app.get('/articles/:slug', (req, res) => {
        const page = pages.get(req.params.slug);
        if (page === undefined) throw articleNotFound(req.params.slug);
        send(res, page, 'text/html; charset=utf-8', pageHeaders);
      });
      app.get('/api/welcome', serve(welcomes.get(articles.default.slug) ?? '', json, cached));
      app.get('/api/articles/:slug/welcome', (req, res) => {
        const welcome = welcomes.get(req.params.slug);
        if (welcome === undefined) throw articleNotFound(req.params.slug);
        send(res, welcome, json, cached);
      });
      app.get(
        '/widget.js',
        serve(assets.widgetJs, 'text/javascript; charset=utf-8', {
          'Cache-Control': `public, max-age=${WIDGET_MAX_AGE_SECONDS}`,
          // Other sites load this script; a same-origin resource policy (helmet's default) would block it.
          'Cross-Origin-Resource-Policy': 'cross-origin',
        }),
      );
      app.get('/demo.css', serve(assets.demoCss, 'text/css; charset=utf-8', cached));
      app.get('/favicon.svg', serve(assets.faviconSvg, 'image/svg+xml', cached));
      // The page names /favicon.svg; this answers browsers and crawlers that ask for the old default anyway.
      app.get('/favicon.ico', (_req, res) => void res.set(cached).status(204).end());
    },
  };
}

function serve(body: string, type: string, headers: Record<string, string>): RequestHandler {
  return (_req, res) => send(res, body, type, headers);
}

function send(res: Response, body: string, type: string, headers: Record<string, string>): void {
  res.set({ ...headers, 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }).send(body);
}
