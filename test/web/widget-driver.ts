/**
 * How a reader uses the widget, in Playwright terms. Playwright's role, label
 * and CSS locators see into the widget's open Shadow DOM.
 */
import type { Locator, Page } from 'playwright-core';

export interface WidgetDriver {
  readonly launcher: Locator;
  readonly input: Locator;
  readonly send: Locator;
  readonly log: Locator;
  readonly typing: Locator;
  readonly userMessages: Locator;
  readonly botMessages: Locator;
  readonly errors: Locator;
  open(): Promise<void>;
  /** Types a question, presses Enter, and waits for the reply (answer or error) that follows it. */
  ask(question: string): Promise<Locator>;
  /** What has keyboard focus, described as `role "name"` (looking into the widget's shadow root). */
  focused(): Promise<string>;
}

export function widget(page: Page): WidgetDriver {
  const replies = page.locator('article-bot-widget .message:is(.bot, .error)');
  const driver: WidgetDriver = {
    launcher: page.locator('article-bot-widget .launcher'),
    input: page.getByLabel('Ask a question about the article'),
    send: page.getByRole('button', { name: 'Send' }),
    log: page.getByRole('log'),
    typing: page.locator('article-bot-widget .typing'),
    userMessages: page.locator('article-bot-widget .message.user'),
    botMessages: page.locator('article-bot-widget .message.bot'),
    errors: page.locator('article-bot-widget .message.error'),
    async open() {
      await driver.launcher.click();
      await driver.input.waitFor({ state: 'visible' });
    },
    async ask(question) {
      const before = await replies.count();
      await driver.input.fill(question);
      await driver.input.press('Enter');
      const reply = replies.nth(before);
      await reply.waitFor({ state: 'visible' });
      return reply;
    },
    focused: () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        if (element === null || element === document.body) return 'body';
        const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
        const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : undefined;
        const name = element.getAttribute('aria-label') ?? label ?? element.textContent?.trim() ?? '';
        return `${role} "${name}"`;
      }),
  };
  return driver;
}
