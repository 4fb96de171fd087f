/**
 * Several articles in the browser: the demo page of a second article, its
 * widget asking that article (and only it), in Debian's Chromium against the
 * real server, with the small Acme article beside the Huawei one.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, articleRoot, HUAWEI } from '../support/articles.js';
import { launchChromium, startBot, startPageServer, watchedPage, type Running, type RunningBot } from './harness.js';
import { widget } from './widget-driver.js';

const root = articleRoot({ acme: ACME, huawei: HUAWEI });
let bot: RunningBot;
let browser: Browser;
let site: Running;

beforeAll(async () => {
  // Another site embedding the widget for the Acme article with one tag.
  site = await startPageServer(() => ({ html: `<!doctype html><title>Acme news</title><p>Our story.</p><script src="${bot.origin}/widget.js" data-article="acme" defer></script>` }));
  [bot, browser] = await Promise.all([startBot({ ...root.env, DEFAULT_ARTICLE: 'huawei', WIDGET_ORIGINS: site.origin }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await bot?.close();
});

describe('the demo page of a second article', () => {
  it('shows that article, and its widget answers about it from its own route, linking its sentences', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') asked.push(new URL(request.url()).pathname);
    });
    await page.goto(`${bot.origin}/articles/acme`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Acme sales top 5 billion dollars');
    const chat = widget(page);
    await chat.open();
    const reply = await chat.ask('Where will the new factory be?');
    await expect(reply.locator('blockquote a').textContent()).resolves.toBe('Mrs Doe said the company would open a new factory in Spain.');
    await expect(reply.locator('blockquote a').getAttribute('href')).resolves.toBe('#s4');
    const huaweiQuestion = await chat.ask('How much profit did Huawei make?');
    await expect(huaweiQuestion.textContent()).resolves.not.toContain('8.6 billion');
    expect(asked).toEqual(['/api/articles/acme/ask', '/api/articles/acme/ask']);
    expect(problems.errors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    await context.close();
  });
});

describe('the widget embedded with data-article on another site', () => {
  it('asks the named article across origins, through the CORS of its route', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.origin}/`);
    const chat = widget(page);
    await chat.open();
    const reply = await chat.ask('Where will the new factory be?');
    await expect(reply.locator('blockquote').textContent()).resolves.toBe('Mrs Doe said the company would open a new factory in Spain.');
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
