/**
 * A demo page (`GET /articles/:slug`, and `GET /` for the default article): the article with every sentence in an
 * element whose id is its citation id (`<span id="s12" data-sentence>`), so
 * widget citations can link, scroll and highlight, plus the widget itself.
 * No inline script or style: the page runs under a CSP without 'unsafe-inline'.
 */
import type { ArticleSource } from '../../knowledge/article-source.js';
import { escapeHtml } from '../../escape-html.js';
import type { Sentence } from '../../knowledge/segment-sentences.js';

export interface DemoArticle {
  readonly article: string;
  readonly sentences: readonly Sentence[];
}


export interface DemoPageOptions {
  /** The original article, linked under the text. */
  readonly articleUrl?: string | undefined;
  /** The article the widget asks about (`data-article`); without it, the default article. */
  readonly slug?: string;
  /** Where the page's assets are relative to it: `../` for `/articles/:slug`, so the bot also works under a path prefix. */
  readonly assetBase?: string;
  /** Byline, publisher and date, shown under the headline when known. */
  readonly source?: ArticleSource | undefined;
}

/** Renders the whole page; the headline (paragraph 0) becomes the `<h1>`. */
export function renderDemoPage({ article, sentences }: DemoArticle, options: DemoPageOptions = {}): string {
  const { assetBase = '', slug } = options;
  const groups = groupByParagraph(sentences);
  const [headline = '', ...body] = groups.map((group) => renderParagraph(article, group));
  const byline = renderByline(options.source ?? {});
  const headlineText = (groups[0] ?? []).map((sentence) => sentence.text).join(' ');
  const source =
    options.articleUrl === undefined ? '' : `\n      <footer><a href="${escapeHtml(options.articleUrl)}">Read the original article</a></footer>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(headlineText)} · Ask the article</title>
    <link rel="icon" href="${assetBase}favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="${assetBase}demo.css">
    <script src="${assetBase}widget.js"${slug === undefined ? '' : ` data-article="${escapeHtml(slug)}"`} defer></script>
  </head>
  <body>
    <main>
      <p class="kicker">Demo: ask the chat in the corner about this article; its answers quote and link the sentences below.</p>
      <article>
        <h1>${headline}</h1>${byline}
${body.map((html) => `        <p>${html}</p>`).join('\n')}
      </article>${source}
    </main>
  </body>
</html>
`;
}

/** "By Jane Doe · The Daily · 29 March 2019", from whichever of the three are known. */
function renderByline({ byline, publisher, published }: ArticleSource): string {
  const parts = [
    byline === undefined ? undefined : escapeHtml(/^by\b/i.test(byline) ? byline : `By ${byline}`),
    publisher === undefined ? undefined : escapeHtml(publisher),
    published === undefined ? undefined : `<time datetime="${escapeHtml(published)}">${escapeHtml(longDate(new Date(`${published}T00:00:00Z`)))}</time>`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? '' : `\n        <p class="byline">${parts.join(' · ')}</p>`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 March 2019", as `Intl.DateTimeFormat('en-GB')` writes it, without ICU's locale data: loading it took 15-30 ms of every start. */
function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

function groupByParagraph(sentences: readonly Sentence[]): Sentence[][] {
  const groups = new Map<number, Sentence[]>();
  for (const sentence of sentences) groups.set(sentence.paragraph, [...(groups.get(sentence.paragraph) ?? []), sentence]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/** Sentences wrapped in anchors; the article's own text between them (spaces) kept as it is. */
function renderParagraph(article: string, sentences: readonly Sentence[]): string {
  let html = '';
  sentences.forEach((sentence, index) => {
    const previous = sentences[index - 1];
    if (previous !== undefined) html += escapeHtml(article.slice(previous.end, sentence.start));
    html += `<span id="${escapeHtml(sentence.id)}" data-sentence>${escapeHtml(sentence.text)}</span>`;
  });
  return html;
}
