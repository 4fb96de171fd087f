/**
 * Reads the browser files in `assets/` once at start-up and fills the bot's
 * settings into the widget script, so every request is served from memory and
 * a missing file stops the server at boot rather than on a reader's page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `src/channels/web/assets/`, found from this module in both layouts: run from
 * `src/` by tsx, or compiled to `dist/channels/web/` (tsc does not copy the
 * assets; `dist/` and `src/` are siblings, so three levels up is the project).
 */
export const ASSETS_DIR = fileURLToPath(new URL('../../../src/channels/web/assets/', import.meta.url));

/** The object literal between these markers in widget.js is replaced with the server's settings. */
const SERVER_CONFIG = /\/\*server-config\*\/[^]*?\/\*end-server-config\*\//;

/** What the widget learns from the bot's configuration. */
export interface WidgetSettings {
  readonly articleUrl: string | undefined;
}

export interface WidgetAssets {
  readonly widgetJs: string;
  readonly demoCss: string;
  readonly faviconSvg: string;
}

export function loadWidgetAssets(settings: WidgetSettings, dir: string = ASSETS_DIR): WidgetAssets {
  return { widgetJs: configureWidget(read(dir, 'widget.js'), settings), demoCss: read(dir, 'demo.css'), faviconSvg: read(dir, 'favicon.svg') };
}

/** Puts the settings into the widget source as a JSON literal. */
export function configureWidget(source: string, settings: WidgetSettings): string {
  if (!SERVER_CONFIG.test(source)) {
    throw new Error('src/channels/web/assets/widget.js: the /*server-config*/ … /*end-server-config*/ markers are missing; restore them.');
  }
  // JSON is a JavaScript expression; `<` is escaped so the text is also safe if someone inlines the script.
  const json = JSON.stringify({ articleUrl: settings.articleUrl ?? null }).replace(/</g, '\\u003c');
  return source.replace(SERVER_CONFIG, () => `/*server-config*/ ${json} /*end-server-config*/`);
}

function read(dir: string, name: string): string {
  try {
    return readFileSync(`${dir}${name}`, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the web widget file ${dir}${name} (${(error as Error).message}); it ships in src/channels/web/assets/.`);
  }
}
