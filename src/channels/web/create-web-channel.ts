/**
 * The web channel: the demo page (`GET /`), the embeddable widget
 * (`GET /widget.js`), the demo page's stylesheet and icon, the widget's
 * starter questions (`GET /api/welcome`), and CORS for the widget's calls
 * from the origins in WIDGET_ORIGINS.
 *
 * The widget uses the public HTTP API rather than a route of its own, so it
 * gets exactly the API's validation, limits and error format.
 */
import type { RequestHandler } from 'express';
import type { Config } from '../../config.js';
import type { Engine } from '../../pipeline/answer-question.js';
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

export function createWebChannel(engine: Engine, config: Pick<Config, 'widgetOrigins' | 'articleUrl'>): Channel {
  const { knowledge } = engine;
  const articleUrl = config.articleUrl ?? knowledge.source.url;
  const assets = loadWidgetAssets({ articleUrl });
  const page = renderDemoPage(knowledge, { articleUrl, source: knowledge.source });
  const welcome = JSON.stringify({ starters: starterQuestions(knowledge) });
  const cached = { 'Cache-Control': `public, max-age=${WIDGET_MAX_AGE_SECONDS}` };
  return {
    name: 'web',
    mount(app) {
      app.use(['/api/ask', '/api/welcome'], widgetCors(config.widgetOrigins));
      app.get('/', serve(page, 'text/html; charset=utf-8', { 'Cache-Control': 'no-cache', 'Content-Security-Policy': DEMO_PAGE_CSP }));
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
      app.get('/api/welcome', serve(welcome, 'application/json; charset=utf-8', cached));
    },
  };
}

function serve(body: string, type: string, headers: Record<string, string>): RequestHandler {
  return (_req, res) => {
    res.set({ ...headers, 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }).send(body);
  };
}
