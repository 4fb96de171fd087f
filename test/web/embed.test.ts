/**
 * The widget embedded on another website: one script tag on a page from a
 * different origin. Allowed origins (WIDGET_ORIGINS) get answers through a
 * CORS preflight; others get a clear error; citations link to ARTICLE_URL.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchChromium, startBot, startPageServer, watchedPage, type HostPage, type Running, type RunningBot } from './harness.js';
import { widget } from './widget-driver.js';

const ARTICLE_URL = 'https://news.example/huawei-sales';

let allowedSite: Running;
let otherSite: Running;
let bot: RunningBot;
let browser: Browser;
let context: BrowserContext;

/** Another site's page: its own strict CSP trusts only the bot's origin for scripts and requests. */
function hostPage(): HostPage {
  return {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title>
<script src="${bot.origin}/widget.js" defer data-title="Questions about Huawei"></script></head>
<body><main><h1>Another site</h1><p>Our own content.</p></main></body></html>`,
    headers: { 'Content-Security-Policy': `default-src 'none'; script-src ${bot.origin}; connect-src ${bot.origin}; style-src 'self'` },
  };
}

beforeAll(async () => {
  // Both sites exist before the bot, so the bot's configuration can name one of them.
  [allowedSite, otherSite, browser] = await Promise.all([startPageServer(hostPage), startPageServer(hostPage), launchChromium()]);
  bot = await startBot({ WIDGET_ORIGINS: `https://unrelated.example, ${allowedSite.origin}`, ARTICLE_URL });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([bot?.close(), allowedSite?.close(), otherSite?.close()]);
});

beforeEach(async () => {
  context = await browser.newContext();
});

afterEach(async () => {
  await context.close();
});

it('answers on a page from an allowed origin, with citations linking to the article URL', async () => {
  const { page, problems } = await watchedPage(context);
  const chat = widget(page);
  const preflights: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'OPTIONS') preflights.push(request.url());
  });
  const cors: Array<string | undefined> = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/api/ask') && response.request().method() === 'POST') {
      cors.push((await response.allHeaders())['access-control-allow-origin']);
    }
  });
  await page.goto(`${allowedSite.origin}/`);
  await chat.open();
  expect(await page.getByRole('heading', { name: 'Questions about Huawei' }).isVisible()).toBe(true);

  const reply = await chat.ask("How much were Huawei's sales last year?");
  expect(await reply.getAttribute('class')).toContain('bot');
  const link = reply.locator('blockquote a').first();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/news\.example\/huawei-sales#:~:text=/);
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(cors).toEqual([allowedSite.origin]);
  // Chromium does not always surface preflights as page requests; when it does, they went to the bot.
  for (const url of preflights) expect(url).toBe(`${bot.origin}/api/ask`);
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

it('shows an error with a retry on a page from an origin that is not allowed', async () => {
  const { page } = await watchedPage(context);
  const chat = widget(page);
  await page.goto(`${otherSite.origin}/`);
  await chat.open();

  const reply = await chat.ask("How much were Huawei's sales last year?");
  expect(await reply.getAttribute('class')).toContain('error');
  expect(await reply.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
});
