/**
 * What a first-time reader meets, in Chromium against the real server: the
 * greeting and starter questions, answers that do not repeat their quote,
 * long quotes kept to a line, and citations on a phone-sized screen.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { starterQuestions } from '../../src/channels/web/starter-questions.js';
import { botAndBrowserForFile, watchedPage, type PageProblems } from './harness.js';
import { widget, type WidgetDriver } from './widget-driver.js';

const SALES = "How much were Huawei's sales last year?";
const PROFIT = 'How much profit did Huawei make?';

const running = botAndBrowserForFile();
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let chat: WidgetDriver;
/** Responses of 400 and above that the page received, as `status url`. */
let failedResponses: string[];

async function visit(viewport: { width: number; height: number }): Promise<void> {
  context = await running.browser.newContext({ viewport, hasTouch: viewport.width < 600 });
  ({ page, problems } = await watchedPage(context));
  failedResponses = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
  });
  chat = widget(page);
  await page.goto(`${running.bot.origin}/`);
}

afterEach(async () => {
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
  expect(failedResponses).toEqual([]);
  await context.close();
});

function sentence(id: string): string {
  const found = running.bot.engine.knowledge.sentenceById.get(id);
  if (found === undefined) throw new Error(`no sentence ${id}`);
  return found.text;
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('opening the chat', () => {
  it('greets the reader with what it does and three starter questions from the knowledge base, which ask when tapped', async () => {
    await visit({ width: 1280, height: 800 });
    await chat.open();
    expect(await chat.log.textContent()).toContain('quote the sentences each answer rests on');
    const starters = page.getByRole('group', { name: 'Questions to start with' }).getByRole('button');
    await expect.poll(() => starters.allTextContents()).toEqual(starterQuestions(running.bot.engine.knowledge));

    const first = (await starters.first().textContent()) ?? '';
    await starters.first().click();
    await chat.botMessages.first().waitFor();
    expect(await chat.userMessages.first().textContent()).toContain(first);
    expect(await starters.first().isVisible()).toBe(false);
  });

  it('loads the page without a single failed request, favicon included', async () => {
    await visit({ width: 1280, height: 800 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('favicon.svg');
  });
});

describe('answers', () => {
  it('shows an answer that is its own quotation once, as the linked quotation', async () => {
    await visit({ width: 1280, height: 800 });
    await chat.open();
    const reply = await chat.ask(PROFIT);
    expect(occurrences((await reply.textContent()) ?? '', 'Profit rose 25.1%')).toBe(1);
    expect(await reply.locator('blockquote a[href="#s29"]').textContent()).toBe(sentence('s29'));
  });

  it('collapses a long quote to one line until "show quote" is pressed', async () => {
    await visit({ width: 1280, height: 800 });
    await chat.open();
    const reply = await chat.ask(SALES);
    const quote = reply.locator('blockquote', { has: page.locator('a[href="#s4"]') });
    const link = quote.locator('a');
    const toggle = quote.getByRole('button', { name: 'show quote' });
    const lineHeight = await link.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    const collapsed = await link.evaluate((element) => element.getBoundingClientRect().height);
    expect(collapsed).toBeLessThan(lineHeight * 1.5);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.click();
    expect(await quote.getByRole('button', { name: 'hide quote' }).getAttribute('aria-expanded')).toBe('true');
    expect(await link.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(lineHeight * 2.5);
  });

  it('offers related questions under the latest answer only, never the question just asked', async () => {
    await visit({ width: 1280, height: 800 });
    await chat.open();
    const first = await chat.ask(PROFIT);
    const related = (reply: Locator) => reply.getByRole('group', { name: 'Related questions' });
    expect(await related(first).getByRole('button').allTextContents()).not.toContain(PROFIT);
    expect(await related(first).isVisible()).toBe(true);

    const second = await chat.ask(SALES);
    expect(await related(first).isVisible()).toBe(false);
    expect(await related(second).getByRole('button').allTextContents()).not.toContain(SALES);
  });
});

describe('on a phone (375×740)', () => {
  it('leaves the cited sentence visible and clear of the widget after a tap on its quote, and one tap brings the conversation back', async () => {
    await visit({ width: 375, height: 740 });
    await chat.open();
    const reply = await chat.ask(SALES);
    await reply.locator('a[href="#s4"]').tap();

    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#s4');
    const target = page.locator('#s4');
    await expect.poll(() => chat.input.isVisible()).toBe(false);
    const [box, widgetBox] = await Promise.all([
      target.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      page.locator('article-bot-widget aside').evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    ]);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(740);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(375);
    const overlaps = box.left < widgetBox.right && widgetBox.left < box.right && box.top < widgetBox.bottom && widgetBox.top < box.bottom;
    expect(overlaps).toBe(false);
    expect(await chat.launcher.textContent()).toBe('Back to the conversation');

    await chat.launcher.tap();
    expect(await chat.input.isVisible()).toBe(true);
    expect(await reply.isVisible()).toBe(true);
  });
});
