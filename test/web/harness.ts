/**
 * Real servers and a real browser for the widget's end-to-end tests: the bot
 * (real engine, real data, web channel) on a free loopback port, a plain page
 * server standing in for another site, and Debian's Chromium via playwright-core.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createBot } from '../../src/bootstrap.js';
import { createApp } from '../../src/channels/http/create-app.js';
import { createWebChannel } from '../../src/channels/web/create-web-channel.js';
import { loadConfig } from '../../src/config.js';
import type { Engine } from '../../src/pipeline/answer-question.js';

export interface Running {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

export interface RunningBot extends Running {
  readonly engine: Engine;
}

/** Starts the bot as `npm start` would, with these settings over the environment (the Huawei article the default unless they say otherwise). */
export async function startBot(settings: Record<string, string> = {}): Promise<RunningBot> {
  const config = loadConfig({ DEFAULT_ARTICLE: 'huawei', ...process.env, ...settings });
  const bot = createBot(config);
  const app = createApp({ articles: bot.articles, channels: [createWebChannel(bot.articles, config)], logError: () => {} });
  const running = await listen(createServer(app));
  return {
    ...running,
    engine: bot.engine,
    close: async () => {
      await running.close();
      await bot.sessions.close();
    },
  };
}

/** One page as another website serves it; built per request, so it can name servers started later. */
export interface HostPage {
  readonly html: string;
  readonly headers?: Record<string, string>;
}

/** Serves one HTML page at `/`, as another website embedding the widget would. */
export async function startPageServer(page: () => HostPage): Promise<Running> {
  const handler: RequestListener = (req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    const { html, headers = {} } = page();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(html);
  };
  return listen(createServer(handler));
}

async function listen(server: Server): Promise<Running> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Flags from the stack notes: Debian's Chromium, headless, quiet, no network side-channels. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Problems a page reports by itself: uncaught errors, CSP violations, dialogs (an executed XSS payload). */
export interface PageProblems {
  readonly errors: string[];
  cspViolations(): Promise<string[]>;
}

/** Opens a page that records its own problems for the test to assert on. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(
    `window.__cspViolations = [];
     document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
  return { page, problems: { errors, cspViolations: () => page.evaluate('window.__cspViolations') as Promise<string[]> } };
}

/** Starts the bot and Chromium before a test file's tests and stops both after; read them from tests and hooks. */
export function botAndBrowserForFile(): { readonly bot: RunningBot; readonly browser: Browser } {
  let bot: RunningBot | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startBot(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the bot and browser start in beforeAll; use them in tests and hooks');
    return value;
  };
  return {
    get bot() {
      return started(bot);
    },
    get browser() {
      return started(browser);
    },
  };
}
