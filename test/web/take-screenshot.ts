/**
 * Regenerates docs/widget-screenshot.png: the demo page with an answered
 * question and its cited sentence highlighted. Run: npx tsx test/web/take-screenshot.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, startBot } from './harness.js';
import { widget } from './widget-driver.js';

const OUTPUT = fileURLToPath(new URL('../../docs/widget-screenshot.png', import.meta.url));

const [bot, browser] = await Promise.all([startBot(), launchChromium()]);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const chat = widget(page);
  await page.goto(`${bot.origin}/`);
  await chat.open();
  const reply = await chat.ask("How much were Huawei's sales last year?");
  await reply.locator('a[href="#s4"]').click();
  await page.waitForTimeout(1_500); // let the highlight animation settle
  mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
  await page.screenshot({ path: OUTPUT });
  console.log(`Wrote ${OUTPUT}`);
} finally {
  await browser.close();
  await bot.close();
}
