/**
 * The widget source itself: it type-checks as strict TypeScript (it is plain
 * JavaScript with JSDoc types, served as is), stays small, and takes the
 * server's settings only between its markers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR, configureWidget } from '../../src/channels/web/widget-assets.js';

/**
 * Uncompressed bytes; most of it is comments and CSS. A budget, so growth is a decision:
 * 24 KiB became 28 KiB for the greeting, collapsible quotes and the phone behaviour (issue 14).
 */
const WIDGET_BUDGET_BYTES = 28 * 1024;
const source = readFileSync(join(ASSETS_DIR, 'widget.js'), 'utf8');

describe('widget.js', () => {
  it('type-checks as strict TypeScript', () => {
    const configPath = join(ASSETS_DIR, 'tsconfig.json');
    const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
    expect(error).toBeUndefined();
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(parsed.fileNames.map((name) => name.split('/').pop())).toEqual(['widget.js']);
    expect(problems).toEqual([]);
    // A whole TypeScript program is built here: seconds on a quiet machine, far more on a busy one.
  }, 120_000);

  it(`stays under ${WIDGET_BUDGET_BYTES / 1024} KiB`, () => {
    expect(Buffer.byteLength(source)).toBeLessThan(WIDGET_BUDGET_BYTES);
  });

  it('sets text only through textContent, never as HTML', () => {
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
});

describe('configureWidget', () => {
  it('fills the article URL in as JSON', () => {
    const configured = configureWidget(source, { articleUrl: 'https://news.example/a?b=1' });
    expect(configured).toContain('/*server-config*/ {"articleUrl":"https://news.example/a?b=1"} /*end-server-config*/');
    expect(configured.length - source.length).toBeGreaterThan(0);
  });

  it('escapes "<" so the value cannot close a script element', () => {
    expect(configureWidget(source, { articleUrl: 'https://x.example/</script>' })).toContain('"https://x.example/\\u003c/script>"');
  });

  it('refuses a widget source without the markers, naming the file', () => {
    expect(() => configureWidget('(() => {})();', { articleUrl: undefined })).toThrow(/widget\.js.*server-config/);
  });
});
