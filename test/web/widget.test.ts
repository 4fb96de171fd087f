/**
 * The widget on the bot's demo page, driven in Debian's Chromium against the
 * real server and engine: everything a reader does, by mouse and by keyboard.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { botAndBrowserForFile, watchedPage, type PageProblems } from './harness.js';
import { widget, type WidgetDriver } from './widget-driver.js';

const SALES = "How much were Huawei's sales last year?";
const OFF_TOPIC = 'What is the capital of France?';
const XSS = '<img src=x onerror=alert(1)>';

let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let chat: WidgetDriver;

const running = botAndBrowserForFile();

beforeEach(async () => {
  context = await running.browser.newContext({ viewport: { width: 1280, height: 800 } });
  ({ page, problems } = await watchedPage(context));
  chat = widget(page);
  await page.goto(`${running.bot.origin}/`);
});

afterEach(async () => {
  // Every test also proves the page stayed error-free under its strict CSP.
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
  await context.close();
});

function sentence(id: string): string {
  const found = running.bot.engine.knowledge.sentenceById.get(id);
  if (found === undefined) throw new Error(`no sentence ${id}`);
  return found.text;
}

describe('asking', () => {
  it('sends with the Send button, showing a typing indicator and blocking input only while the bot answers', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/ask', async (route) => {
      await held;
      await route.continue();
    });
    await chat.open();
    await chat.input.fill(SALES);
    await chat.send.click();

    await chat.typing.waitFor({ state: 'visible' });
    expect(await chat.input.getAttribute('aria-disabled')).toBe('true');
    expect(await chat.input.isEditable()).toBe(false);
    release();

    await chat.botMessages.first().waitFor();
    expect(await chat.typing.isHidden()).toBe(true);
    expect(await chat.input.getAttribute('aria-disabled')).toBe('false');
    expect(await chat.input.isEditable()).toBe(true);
  });

  it('answers with the quoted sentences it rests on, each linking to its sentence', async () => {
    await chat.open();
    const reply = await chat.ask(SALES);

    expect(await reply.locator('p').textContent()).toContain('100 billion');
    const quotes = reply.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    const s4 = reply.locator('blockquote a[href="#s4"]');
    expect(await s4.textContent()).toBe(sentence('s4'));
    expect(await chat.userMessages.last().textContent()).toContain(SALES);
  });

  it('continues the same conversation for a follow-up', async () => {
    const sent: Array<{ sessionId?: string }> = [];
    page.on('request', (request: Request) => {
      if (request.url().endsWith('/api/ask') && request.method() === 'POST') sent.push(request.postDataJSON());
    });
    await chat.open();
    const firstResponse = page.waitForResponse((response) => response.url().endsWith('/api/ask'));
    await chat.ask(SALES);
    const { sessionId } = (await (await firstResponse).json()) as { sessionId: string };
    const followUp = await chat.ask('and profit?');

    expect(await followUp.textContent()).toMatch(/profit/i);
    expect(await followUp.locator('a[href="#s29"]').count()).toBe(1);
    // The first question lets the server issue the id; the follow-up sends that id back.
    expect(sent.map((body) => body.sessionId)).toEqual([undefined, sessionId]);
  });

  it('offers suggested questions as buttons on a fallback, and asks one when clicked', async () => {
    await chat.open();
    const fallback = await chat.ask(OFF_TOPIC);
    const suggestions = fallback.getByRole('group', { name: 'Suggested questions' }).getByRole('button');
    expect(await suggestions.count()).toBeGreaterThan(0);
    const suggestion = (await suggestions.first().textContent()) ?? '';

    await suggestions.first().click();
    await chat.botMessages.nth(1).waitFor();
    expect(await chat.userMessages.last().textContent()).toContain(suggestion);
    expect(await chat.botMessages.nth(1).locator('blockquote').count()).toBeGreaterThan(0);
  });
});

describe('citations on the demo page', () => {
  it('scroll to the cited sentence and highlight it', async () => {
    await chat.open();
    const reply = await chat.ask(SALES);
    await reply.locator('a[href="#s4"]').click();

    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#s4');
    const target = page.locator('#s4');
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    // demo.css paints the :target sentence --page-highlight (#fff1a8).
    await expect.poll(() => target.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 241, 168)');
    const inView = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
  });
});

describe('persistence', () => {
  it('keeps the conversation and its context across a reload in the same tab', async () => {
    await chat.open();
    await chat.ask(SALES);
    await page.reload();

    await chat.log.waitFor({ state: 'visible' });
    expect(await chat.userMessages.allTextContents()).toEqual([`You: ${SALES}`]);
    expect(await chat.botMessages.locator('a[href="#s4"]').count()).toBe(1);
    const followUp = await chat.ask('and profit?');
    expect(await followUp.textContent()).toMatch(/profit/i);
  });
});

describe('rendering text', () => {
  it('shows markup in a question literally and creates no element from it', async () => {
    await chat.open();
    await chat.ask(XSS);

    expect(await chat.userMessages.last().locator('p').textContent()).toBe(XSS);
    expect(await page.locator('img').count()).toBe(0); // Playwright's CSS sees into the shadow root too
  });

  it('shows markup in an answer, citation or suggestion literally', async () => {
    await page.route('**/api/ask', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          sessionId: 'x',
          answer: '<b>bold</b><script>alert(1)</script>',
          intent: 'fallback',
          confidence: 0,
          fallback: true,
          citations: [{ id: 's4', text: '<img src=x onerror=alert(2)>', start: 0, end: 1 }],
          suggestions: ['<i onmouseover=alert(3)>hover</i>'],
        }),
      }),
    );
    await chat.open();
    const reply = await chat.ask('anything');

    expect(await reply.locator('p').textContent()).toBe('<b>bold</b><script>alert(1)</script>');
    expect(await reply.locator('blockquote').textContent()).toBe('<img src=x onerror=alert(2)>');
    expect(await reply.getByRole('button').first().textContent()).toBe('<i onmouseover=alert(3)>hover</i>');
    expect(await page.locator('article-bot-widget :is(b, i, img, script)').count()).toBe(0);
  });
});

describe('errors', () => {
  it('shows a server error with a retry that then gets the answer', async () => {
    let calls = 0;
    await page.route('**/api/ask', async (route) => {
      calls += 1;
      if (calls === 1) {
        await route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal_error","message":"boom"}}' });
      } else {
        await route.continue();
      }
    });
    await chat.open();
    const error = await chat.ask(SALES);
    expect(await error.getAttribute('class')).toContain('error');
    expect(await error.textContent()).toContain('error 500');
    expect(await chat.input.getAttribute('aria-disabled')).toBe('false');

    await error.getByRole('button', { name: 'Retry' }).click();
    await chat.botMessages.first().waitFor();
    expect(await chat.errors.count()).toBe(0);
    expect(await chat.botMessages.first().locator('a[href="#s4"]').count()).toBe(1);
    expect(await chat.userMessages.count()).toBe(1); // the retry does not repeat the question
  });

  it('shows the API’s reason when it refuses a question', async () => {
    await page.route('**/api/ask', (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":{"code":"invalid_request","message":"question must not be empty"}}' }),
    );
    await chat.open();
    const error = await chat.ask('?');
    expect(await error.textContent()).toContain('(error 400). question must not be empty');
    expect(await error.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
  });

  it('shows a network failure with a retry instead of hanging', async () => {
    await page.route('**/api/ask', (route) => route.abort('connectionrefused'));
    await chat.open();
    const error = await chat.ask(SALES);
    expect(await error.textContent()).toContain('could not be reached');
    expect(await error.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
  });
});

describe('keyboard', () => {
  it('works by keyboard alone: launcher → input → Send → messages, Escape back to the launcher', async () => {
    for (let tabs = 0; tabs < 10 && (await chat.focused()) !== 'button "Ask about this article"'; tabs += 1) await page.keyboard.press('Tab');
    expect(await chat.focused()).toBe('button "Ask about this article"');
    expect(await chat.launcher.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');

    await page.keyboard.press('Enter');
    expect(await chat.focused()).toBe('input "Ask a question about the article"');
    await page.keyboard.type(SALES);
    await page.keyboard.press('Enter');
    await chat.botMessages.first().waitFor();
    expect(await chat.focused()).toBe('input "Ask a question about the article"');

    await page.keyboard.press('Tab');
    expect(await chat.focused()).toBe('button "Send"');
    await page.keyboard.press('Tab');
    expect(await chat.focused()).toBe('log "Conversation"');
    await page.keyboard.press('Tab');
    expect(await chat.focused()).toBe(`a "${sentence('s4')}"`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#s4');

    await chat.input.focus();
    await page.keyboard.press('Escape');
    expect(await chat.log.isHidden()).toBe(true);
    expect(await chat.focused()).toBe('button "Ask about this article"');
    expect(await chat.launcher.getAttribute('aria-expanded')).toBe('false');
  });
});
