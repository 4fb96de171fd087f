/**
 * The web channel: the demo page (`GET /`), the embeddable widget
 * (`GET /widget.js`), the demo page's stylesheet, and CORS for the widget's
 * calls to `POST /api/ask` from the origins in WIDGET_ORIGINS.
 *
 * The widget uses the public HTTP API rather than a route of its own, so it
 * gets exactly the API's validation, limits and error format.
 */
import type { RequestHandler } from 'express';
import type { Config } from '../../config.js';
import type { Engine } from '../../pipeline/answer-question.js';
import type { Channel } from '../http/create-app.js';
import { renderDemoPage } from './render-demo-page.js';
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
  const assets = loadWidgetAssets({ articleUrl: config.articleUrl });
  const page = renderDemoPage(engine.knowledge, { articleUrl: config.articleUrl });
  return {
    name: 'web',
    mount(app) {
      app.use('/api/ask', widgetCors(config.widgetOrigins));
      app.get('/', serve(page, 'text/html; charset=utf-8', { 'Cache-Control': 'no-cache', 'Content-Security-Policy': DEMO_PAGE_CSP }));
      app.get(
        '/widget.js',
        serve(assets.widgetJs, 'text/javascript; charset=utf-8', {
          'Cache-Control': `public, max-age=${WIDGET_MAX_AGE_SECONDS}`,
          // Other sites load this script; a same-origin resource policy (helmet's default) would block it.
          'Cross-Origin-Resource-Policy': 'cross-origin',
        }),
      );
      app.get('/demo.css', serve(assets.demoCss, 'text/css; charset=utf-8', { 'Cache-Control': `public, max-age=${WIDGET_MAX_AGE_SECONDS}` }));
    },
  };
}

function serve(body: string, type: string, headers: Record<string, string>): RequestHandler {
  return (_req, res) => {
    res.set({ ...headers, 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }).send(body);
  };
}
