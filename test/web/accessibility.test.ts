/**
 * axe-core over the demo page with the panel open and every kind of message
 * showing (cited answer, fallback with suggestions, error with retry): no
 * serious or critical violation, contrast included.
 */
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { botAndBrowserForFile } from './harness.js';
import { widget } from './widget-driver.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: unknown }>;
}


const running = botAndBrowserForFile();

it('reports no serious or critical axe violation on the demo page with the panel open', async () => {
  // axe is injected as an inline script, which the demo page's CSP (rightly) blocks.
  const context = await running.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const chat = widget(page);
    await page.goto(`${running.bot.origin}/`);
    await chat.open();
    await chat.ask("How much were Huawei's sales last year?");
    await chat.ask('What is the capital of France?');
    await page.route('**/api/ask', (route) => route.fulfill({ status: 503, body: '' }), { times: 1 });
    await chat.ask('Who is Guo Ping?');
    expect(await chat.errors.count()).toBe(1);

    await page.addScriptTag({ path: AXE_PATH });
    // A string, not a function: `axe` exists only in the page.
    const violations = (await page.evaluate('axe.run(document).then((results) => results.violations)')) as AxeViolation[];
    const blocking = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    expect(blocking).toEqual([]);
    // Minor and moderate findings are not failures, but should stay visible in the test output.
    const others = violations.filter((v) => !['serious', 'critical'].includes(v.impact ?? ''));
    if (others.length > 0) console.warn('axe (minor/moderate):', others.map((v) => `${v.impact} ${v.id}`).join(', '));
  } finally {
    await context.close();
  }
});
