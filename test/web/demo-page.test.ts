/** The demo page's markup: every sentence addressable by its citation id, all text escaped. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { HUAWEI } from '../support/articles.js';
import { renderDemoPage } from '../../src/channels/web/render-demo-page.js';

const knowledge = loadKnowledge(HUAWEI);

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

describe('renderDemoPage', () => {
  it('wraps every sentence of the real article in an element whose id is its citation id', () => {
    const html = renderDemoPage(knowledge);
    for (const sentence of knowledge.sentences) {
      const match = new RegExp(`<span id="${sentence.id}" data-sentence>([^<]*)</span>`).exec(html);
      expect(match?.[1] === undefined ? undefined : unescape(match[1])).toBe(sentence.text);
    }
    expect(html.match(/data-sentence/g)).toHaveLength(knowledge.sentences.length);
  });

  it('shows the byline, publisher and date under the headline when the knowledge has them, and nothing when not', () => {
    const source = { byline: 'Jane <Doe>', publisher: 'The Daily', published: '2019-03-29', url: 'https://news.example/story' };
    const html = renderDemoPage(knowledge, { source, articleUrl: source.url });
    expect(html).toContain('<p class="byline">By Jane &lt;Doe&gt; · The Daily · <time datetime="2019-03-29">29 March 2019</time></p>');
    expect(html).toContain('<a href="https://news.example/story">Read the original article</a>');
    expect(renderDemoPage(knowledge)).not.toContain('class="byline"');
  });

  it('declares its icon, so browsers do not ask for a missing /favicon.ico', () => {
    expect(renderDemoPage(knowledge)).toContain('<link rel="icon" href="favicon.svg" type="image/svg+xml">');
  });

  it('makes the headline the h1 and each later paragraph a p', () => {
    const html = renderDemoPage(knowledge);
    expect(html).toMatch(/<h1><span id="s1" data-sentence>/);
    const paragraphs = new Set(knowledge.sentences.map((sentence) => sentence.paragraph));
    expect(html.match(/<p><span id="s\d+"/g)).toHaveLength(paragraphs.size - 1);
  });

  it('escapes markup in the article text and the article URL', () => {
    const article = 'A <b>bold</b> claim & more. Then "quotes".';
    const html = renderDemoPage(
      {
        article,
        sentences: [
          { id: 's1', text: 'A <b>bold</b> claim & more.', start: 0, end: 27, paragraph: 0 },
          { id: 's2', text: 'Then "quotes".', start: 28, end: 42, paragraph: 1 },
        ],
      },
      { articleUrl: 'https://news.example/?a=1&b="x"' },
    );
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; claim &amp; more.');
    expect(html).toContain('Then &quot;quotes&quot;.');
    expect(html).toContain('href="https://news.example/?a=1&amp;b=&quot;x&quot;"');
    expect(html).not.toContain('<b>');
  });

  it('keeps the article text between sentences of one paragraph', () => {
    const html = renderDemoPage({
      article: 'One. Two.',
      sentences: [
        { id: 's1', text: 'One.', start: 0, end: 4, paragraph: 1 },
        { id: 's2', text: 'Two.', start: 5, end: 9, paragraph: 1 },
      ],
    });
    expect(html).toContain('<span id="s1" data-sentence>One.</span> <span id="s2" data-sentence>Two.</span>');
  });
});
