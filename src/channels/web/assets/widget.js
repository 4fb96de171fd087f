// @ts-check
/**
 * The article chat widget. One tag adds a launcher button and a chat panel to
 * any page, talking to the bot that served this file:
 *
 *   <script src="https://bot.example/widget.js" defer></script>
 *
 * Optional attributes on that tag: `data-article` (the slug of the article
 * to ask about; the bot's default article without it), `data-bot-url`
 * (another bot base URL), `data-article-url` (where citations link when the
 * page is not the article), `data-title` (the panel heading). Theming: the `--article-bot-*` CSS custom
 * properties listed in STYLES, documented in docs/widget.md.
 *
 * Why it is written this way:
 * - Plain browser JavaScript, type-checked as TypeScript (`// @ts-check`,
 *   ./tsconfig.json), so the file served is the file in the repository: no
 *   bundler, no framework, no CDN.
 * - Everything lives in a Shadow DOM, so host page CSS cannot break it and its
 *   CSS cannot leak out; custom properties still inherit through the boundary.
 * - Every text, the user's and the bot's, goes through `textContent`; nothing
 *   is parsed as HTML. Styles use a constructed stylesheet and no `style`
 *   attributes, so host pages can keep a strict Content-Security-Policy.
 */
(() => {
  'use strict';

  /**
   * Settings from the bot's configuration (ARTICLE_URL). The server replaces
   * the object between the markers when it serves this file.
   * @type {{ articleUrl: string | null }}
   */
  const SERVER = /*server-config*/ { articleUrl: null } /*end-server-config*/;

  const TAG = 'article-bot-widget';
  /** Give up on a request after this long, so a stalled bot shows an error instead of a hang. */
  const TIMEOUT_MS = 20_000;
  /** Messages kept in sessionStorage; older ones are dropped to stay far below its quota. */
  const MAX_SAVED_MESSAGES = 60;
  /** The API refuses longer questions; the input stops the user first. */
  const MAX_QUESTION_LENGTH = 500;
  /** Quotes longer than this start collapsed to one line, so a long sentence does not push every answer off a small screen. */
  const LONG_QUOTE_LENGTH = 140;
  const GREETING = 'Hi! Ask me about this article: I answer from it alone and quote the sentences each answer rests on.';
  const LAUNCHER_TEXT = { closed: 'Ask about this article', open: 'Close chat', minimised: 'Back to the conversation' };

  /** @typedef {{ id: string, text: string }} Citation */
  /**
   * `fallback` is absent in histories saved before it was kept; they read as answers.
   * @typedef {{ role: 'user', text: string }
   *   | { role: 'bot', text: string, citations: Citation[], suggestions: string[], fallback?: boolean }
   *   | { role: 'error', text: string, question: string }} Message
   */
  /** @typedef {{ sessionId?: string, open: boolean, messages: Message[] }} Saved */

  // Only available while this script first runs, so read it now.
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const botBase = baseUrl(script?.dataset['botUrl'], script?.src);
  const article = script?.dataset['article']?.trim();
  const articlePath = article ? `api/articles/${encodeURIComponent(article)}/` : 'api/';
  const askUrl = new URL(`${articlePath}ask`, botBase).href;
  const welcomeUrl = new URL(`${articlePath}welcome`, botBase).href;
  // ARTICLE_URL is the default article's; another article's page must say where it lives itself.
  const articleUrl = httpUrl(script?.dataset['articleUrl']) ?? (article ? undefined : httpUrl(SERVER.articleUrl ?? undefined));
  const title = script?.dataset['title']?.trim() || 'Ask about this article';
  // One conversation per bot per tab: sessionStorage survives reloads but not a new tab.
  const storageKey = `article-bot:v1:${askUrl}`;

  /**
   * The bot's base URL: `data-bot-url` if given, else the folder widget.js came from.
   * @param {string | undefined} override
   * @param {string | undefined} src
   */
  function baseUrl(override, src) {
    if (override) return new URL(override.endsWith('/') ? override : `${override}/`, location.href);
    return new URL('.', src || location.href);
  }

  /** @param {string | undefined} text @returns {string | undefined} only http(s) URLs, so no `javascript:` link can be built */
  function httpUrl(text) {
    if (!text) return undefined;
    try {
      const url = new URL(text, location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Creates an element with fixed attributes and optional text. Text is only
   * ever set through `textContent`.
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string>} [attributes]
   * @param {string} [text]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, attributes = {}, text) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    return element;
  }

  // ---- Persistence -------------------------------------------------------

  /** @returns {Saved} */
  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
      if (saved && typeof saved === 'object' && Array.isArray(saved.messages)) {
        return {
          sessionId: typeof saved.sessionId === 'string' ? saved.sessionId : undefined,
          open: saved.open === true,
          messages: saved.messages.filter(isMessage),
        };
      }
    } catch {
      // Storage blocked (privacy settings) or corrupted: start a fresh conversation.
    }
    return { open: false, messages: [] };
  }

  /** @param {Saved} saved */
  function save(saved) {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify({ ...saved, messages: saved.messages.slice(-MAX_SAVED_MESSAGES) }));
    } catch {
      // Full or blocked storage costs the history after a reload, not the conversation now.
    }
  }

  /** @param {unknown} value @returns {value is Message} */
  function isMessage(value) {
    if (!value || typeof value !== 'object') return false;
    const m = /** @type {Record<string, unknown>} */ (value);
    if (typeof m['text'] !== 'string') return false;
    if (m['role'] === 'user') return true;
    if (m['role'] === 'error') return typeof m['question'] === 'string';
    return m['role'] === 'bot' && isCitations(m['citations']) && isStrings(m['suggestions']) && (m['fallback'] === undefined || typeof m['fallback'] === 'boolean');
  }

  /** @param {unknown} value @returns {value is string[]} */
  function isStrings(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }

  /** @param {unknown} value @returns {value is Citation[]} */
  function isCitations(value) {
    return Array.isArray(value) && value.every((c) => c && typeof c.id === 'string' && typeof c.text === 'string');
  }

  // ---- Talking to the bot ------------------------------------------------

  /**
   * Asks the bot; resolves to its reply or rejects with a message fit to show.
   * @param {string} question
   * @param {string | undefined} sessionId
   * @returns {Promise<{ sessionId: string, answer: string, fallback: boolean, citations: Citation[], suggestions: string[] }>}
   */
  async function request(question, sessionId) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    /** @type {Response} */
    let response;
    try {
      response = await fetch(askUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ question, sessionId }),
        // The session id travels in the body; no cookies, so no credentialed CORS.
        credentials: 'omit',
        signal: abort.signal,
      });
    } catch {
      clearTimeout(timer);
      throw new Error(abort.signal.aborted ? 'The bot took too long to answer.' : 'The bot could not be reached. Check your connection.');
    }
    const body = await response.json().catch(() => undefined);
    clearTimeout(timer);
    if (!response.ok) {
      const detail = typeof body?.error?.message === 'string' ? ` ${body.error.message}` : '';
      throw new Error(
        response.status === 429
          ? 'Too many questions at once; wait a moment.'
          : response.status >= 500
            ? `The bot had a problem answering (error ${response.status}).`
            : `The bot could not take that question (error ${response.status}).${detail}`,
      );
    }
    if (!body || typeof body.sessionId !== 'string' || typeof body.answer !== 'string' || !isCitations(body.citations) || !isStrings(body.suggestions)) {
      throw new Error('The bot sent an answer this page cannot read.');
    }
    return body;
  }

  /**
   * The knowledge base's starter questions; none if the bot cannot say, since
   * the greeting and the text box already let the reader begin.
   * @returns {Promise<string[]>}
   */
  async function fetchStarters() {
    try {
      const response = await fetch(welcomeUrl, { headers: { Accept: 'application/json' }, credentials: 'omit' });
      const body = response.ok ? await response.json() : undefined;
      return isStrings(body?.starters) ? body.starters : [];
    } catch {
      return [];
    }
  }

  // ---- The interface -----------------------------------------------------

  function mount() {
    if (document.querySelector(TAG)) return; // the tag was included twice
    const state = load();
    let busy = false;

    const host = document.createElement(TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow);

    const aside = el('aside', { 'aria-label': 'Article chat' });
    const launcher = el('button', { type: 'button', class: 'launcher', 'aria-controls': 'panel', 'aria-expanded': 'false' }, 'Ask about this article');
    const panel = el('section', { id: 'panel', class: 'panel', 'aria-labelledby': 'title' });
    const heading = el('h2', { id: 'title' }, title);
    const form = el('form', { class: 'ask' });
    const label = el('label', { for: 'question' }, 'Ask a question about the article');
    const input = el('input', { id: 'question', type: 'text', autocomplete: 'off', maxlength: String(MAX_QUESTION_LENGTH), 'aria-disabled': 'false' });
    const send = el('button', { type: 'submit', class: 'send', 'aria-disabled': 'false' }, 'Send');
    // In the DOM the form comes before the log so focus goes input → Send → messages; CSS shows the log above it.
    const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
    const typing = el('p', { class: 'typing', hidden: '' }, 'The bot is typing');
    const row = el('div', { class: 'row' });
    row.append(input, send);
    form.append(label, row);
    panel.append(heading, form, typing, log);
    aside.append(launcher, panel);
    shadow.append(aside);

    // The greeting heads the log; its starter questions stand until the first question is asked.
    const intro = el('div', { class: 'intro' });
    const starters = el('div', { class: 'suggestions', role: 'group', 'aria-label': 'Questions to start with' });
    intro.append(el('p', {}, GREETING), starters);
    /** @type {Promise<void> | undefined} */
    let startersLoaded;
    // Rendered before the host joins the page, so a restored history is not announced again.
    log.append(intro);
    for (const message of state.messages) log.append(render(message));
    showStarters();
    setOpen(state.open, false);
    document.body.append(host);
    scrollToEnd();

    launcher.addEventListener('click', () => setOpen(!state.open, true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void ask(input.value);
    });
    shadow.addEventListener('keydown', (event) => {
      if (/** @type {KeyboardEvent} */ (event).key !== 'Escape' || !state.open) return;
      event.preventDefault();
      setOpen(false, false);
      launcher.focus();
    });

    /** @param {boolean} open @param {boolean} focusInput @param {string} [closedText] */
    function setOpen(open, focusInput, closedText = LAUNCHER_TEXT.closed) {
      state.open = open;
      panel.hidden = !open;
      launcher.setAttribute('aria-expanded', String(open));
      launcher.textContent = open ? LAUNCHER_TEXT.open : closedText;
      save(state);
      if (open && focusInput) input.focus();
      if (open) {
        scrollToEnd();
        startersLoaded ??= fetchStarters().then((questions) => {
          starters.append(...questions.slice(0, 3).map(suggestionButton));
        });
      }
    }

    function showStarters() {
      starters.hidden = state.messages.length > 0;
    }

    /**
     * After a citation link moved the page to its sentence: where the open
     * panel covers the sentence (a phone), the panel gives way to its
     * launcher, which brings the conversation back in one tap.
     * @param {Element} sentence
     */
    function revealSentence(sentence) {
      requestAnimationFrame(() => {
        if (!state.open || !overlaps(sentence.getBoundingClientRect(), panel.getBoundingClientRect())) return;
        setOpen(false, false, LAUNCHER_TEXT.minimised);
        launcher.focus({ preventScroll: true });
      });
    }

    /** @param {string} text */
    async function ask(text) {
      const question = text.trim();
      if (busy || question === '') return;
      input.value = '';
      add({ role: 'user', text: question });
      await answer(question);
    }

    /** @param {string} question */
    async function answer(question) {
      setBusy(true);
      try {
        const reply = await request(question, state.sessionId);
        state.sessionId = reply.sessionId;
        const citations = reply.citations.map(({ id, text }) => ({ id, text }));
        add({ role: 'bot', text: reply.answer, citations, suggestions: reply.suggestions, fallback: reply.fallback });
      } catch (error) {
        add({ role: 'error', text: error instanceof Error ? error.message : 'Something went wrong.', question });
      } finally {
        setBusy(false);
      }
    }

    /**
     * While a request is in flight the input is read-only rather than
     * `disabled`: disabling the focused element would drop keyboard and
     * screen-reader focus to the page body.
     * @param {boolean} value
     */
    function setBusy(value) {
      busy = value;
      input.readOnly = value;
      input.setAttribute('aria-disabled', String(value));
      send.setAttribute('aria-disabled', String(value));
      log.setAttribute('aria-busy', String(value));
      typing.hidden = !value;
      scrollToEnd();
    }

    /** @param {Message} message */
    function add(message) {
      state.messages.push(message);
      save(state);
      log.append(render(message));
      showStarters();
      scrollToEnd();
    }

    function scrollToEnd() {
      log.scrollTop = log.scrollHeight;
    }

    /** @param {Message} message @returns {HTMLElement} */
    function render(message) {
      const item = el('div', { class: `message ${message.role}` });
      // A prefix for screen readers, so the log announces who said what.
      item.append(el('span', { class: 'visually-hidden' }, message.role === 'user' ? 'You: ' : 'Bot: '));
      // An answer that is its own quotation is shown once, as the quotation.
      if (message.role !== 'bot' || !message.citations.some((citation) => sameWords(citation.text, message.text))) {
        item.append(el('p', {}, message.text));
      }
      if (message.role === 'bot') {
        for (const citation of message.citations) item.append(quote(citation, revealSentence));
        if (message.suggestions.length > 0) item.append(suggestionButtons(message.suggestions, message.fallback === true));
      }
      if (message.role === 'error') {
        const retry = el('button', { type: 'button', class: 'retry' }, 'Retry');
        retry.addEventListener('click', () => {
          if (busy) return;
          state.messages = state.messages.filter((m) => m !== message);
          item.remove();
          input.focus(); // the button is gone; keep focus somewhere sensible
          void answer(message.question);
        });
        item.append(retry);
      }
      return item;
    }

    /**
     * A fallback's suggestions are what to ask instead; an answer's are related
     * questions, shown under the latest answer only (CSS), to keep the log short.
     * @param {string[]} suggestions @param {boolean} fallback
     */
    function suggestionButtons(suggestions, fallback) {
      const group = fallback
        ? el('div', { class: 'suggestions', role: 'group', 'aria-label': 'Suggested questions' })
        : el('div', { class: 'suggestions related', role: 'group', 'aria-label': 'Related questions' });
      group.append(...suggestions.map(suggestionButton));
      return group;
    }

    /** @param {string} suggestion */
    function suggestionButton(suggestion) {
      const button = el('button', { type: 'button' }, suggestion);
      button.addEventListener('click', () => void ask(suggestion));
      return button;
    }
  }

  /**
   * A citation as a quotation. On the demo page (which marks each sentence
   * with `data-sentence`) it links to the sentence; elsewhere to the article
   * URL with a text fragment, or it is a plain quotation if none is known.
   * A long one starts collapsed to a line, with a button to show it whole.
   * @param {Citation} citation
   * @param {(sentence: Element) => void} onFollow called after the reader follows a link to a sentence on this page
   */
  function quote(citation, onFollow) {
    const blockquote = el('blockquote', { class: 'citation' });
    const target = document.getElementById(citation.id);
    if (target?.hasAttribute('data-sentence')) {
      const link = el('a', { href: `#${encodeURIComponent(citation.id)}` }, citation.text);
      link.addEventListener('click', () => onFollow(target));
      blockquote.append(link);
    } else if (articleUrl) {
      const link = el('a', { href: textFragmentUrl(articleUrl, citation.text), target: '_blank', rel: 'noopener' }, citation.text);
      link.append(el('span', { class: 'visually-hidden' }, ' (opens the article in a new tab)'));
      blockquote.append(link);
    } else {
      blockquote.append(el('span', {}, citation.text));
    }
    if (citation.text.length > LONG_QUOTE_LENGTH) {
      blockquote.classList.add('collapsed');
      const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false' }, 'show quote');
      toggle.addEventListener('click', () => {
        const collapsed = blockquote.classList.toggle('collapsed');
        toggle.setAttribute('aria-expanded', String(!collapsed));
        toggle.textContent = collapsed ? 'show quote' : 'hide quote';
      });
      blockquote.append(toggle);
    }
    return blockquote;
  }

  /** Same words in the same order, whatever the case, punctuation and spacing. @param {string} a @param {string} b */
  function sameWords(a, b) {
    const words = (/** @type {string} */ text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    return words(a) === words(b);
  }

  /** @param {DOMRect} a @param {DOMRect} b */
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  /**
   * Links to the quoted sentence itself where the browser supports text
   * fragments (`#:~:text=`); elsewhere it opens the article at the top.
   * @param {string} url @param {string} text
   */
  function textFragmentUrl(url, text) {
    const page = url.split('#')[0];
    // `-`, `,` and `&` are syntax inside a text directive and must be escaped too.
    const encoded = encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
    return `${page}#:~:text=${encoded}`;
  }

  /** @param {ShadowRoot} shadow */
  function adoptStyles(shadow) {
    // A constructed stylesheet is not an inline <style>, so a strict CSP on the host page allows it.
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      shadow.append(el('style', {}, STYLES));
    }
  }

  /*
   * Theme through CSS custom properties set on the page (`:root` or the
   * `article-bot-widget` element); each var() below names its default.
   * Defaults meet WCAG AA contrast.
   */
  const STYLES = `
:host { all: initial; }
aside {
  --_accent: var(--article-bot-accent, #c7000b);
  --_on-accent: var(--article-bot-on-accent, #ffffff);
  --_bg: var(--article-bot-background, #ffffff);
  --_text: var(--article-bot-text, #1f2328);
  --_muted: var(--article-bot-muted, #57606a);
  --_bot-bubble: var(--article-bot-bot-bubble, #f2f3f5);
  --_user-bubble: var(--article-bot-user-bubble, #fdecec);
  --_focus: var(--article-bot-focus, #0b57d0);
  --_radius: var(--article-bot-radius, 12px);
  font-family: var(--article-bot-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--article-bot-font-size, 16px);
  line-height: 1.45;
  color: var(--_text);
  position: fixed;
  z-index: var(--article-bot-z-index, 2147483000);
  bottom: var(--article-bot-bottom, 20px);
  right: var(--article-bot-right, 20px);
  left: var(--article-bot-left, auto);
  display: flex;
  flex-direction: column-reverse;
  align-items: flex-end;
  gap: 12px;
}
button, input { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.launcher, .send, .retry {
  background: var(--_accent); color: var(--_on-accent);
  border: 0; border-radius: 999px; padding: 0.6em 1.1em; cursor: pointer; font-weight: 600;
}
.launcher { box-shadow: 0 4px 14px rgb(0 0 0 / 0.25); }
.panel {
  box-sizing: border-box;
  width: min(var(--article-bot-width, 380px), calc(100vw - 24px));
  height: min(var(--article-bot-height, 560px), calc(100vh - 100px));
  background: var(--_bg);
  border: 1px solid rgb(0 0 0 / 0.15);
  border-radius: var(--_radius);
  box-shadow: 0 10px 30px rgb(0 0 0 / 0.2);
  display: flex; flex-direction: column;
  overflow: hidden;
}
.panel[hidden] { display: none; }
h2 { order: 1; margin: 0; padding: 0.7em 1em; font-size: 1.05em; background: var(--_accent); color: var(--_on-accent); }
.log { order: 2; flex: 1; overflow-y: auto; padding: 0.75em; display: flex; flex-direction: column; gap: 0.6em; }
.typing { order: 3; margin: 0; padding: 0 1em 0.4em; color: var(--_muted); font-size: 0.9em; }
.typing[hidden] { display: none; }
.typing::after { content: "…"; display: inline-block; animation: pulse 1s infinite alternate; }
.ask { order: 4; border-top: 1px solid rgb(0 0 0 / 0.12); padding: 0.6em 0.75em 0.75em; }
label { display: block; font-size: 0.85em; color: var(--_muted); margin-bottom: 0.3em; }
.row { display: flex; gap: 0.5em; }
input {
  flex: 1; min-width: 0; padding: 0.5em 0.7em;
  border: 1px solid var(--_muted); border-radius: 8px; background: var(--_bg);
}
[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
.message { max-width: 90%; padding: 0.55em 0.8em; border-radius: var(--_radius); overflow-wrap: anywhere; }
.message p { margin: 0; white-space: pre-wrap; }
.user { align-self: flex-end; background: var(--_user-bubble); }
.bot, .error { align-self: flex-start; background: var(--_bot-bubble); }
.error { border-left: 4px solid var(--_accent); }
.citation { margin: 0.5em 0 0; padding-left: 0.7em; border-left: 3px solid var(--_muted); font-size: 0.9em; }
.visually-hidden:first-child + .citation { margin-top: 0; }
.citation.collapsed > :first-child { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; line-clamp: 1; overflow: hidden; }
.toggle {
  background: none; border: 0; padding: 0; margin-top: 0.2em; cursor: pointer;
  color: var(--_muted); font-size: 0.85em; text-decoration: underline; text-underline-offset: 0.15em;
}
.intro p { margin: 0; color: var(--_muted); }
.intro .suggestions[hidden], .message:not(:last-child) .related { display: none; }
.citation a { color: inherit; text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
.citation a:hover { text-decoration-thickness: 2px; }
.suggestions { display: flex; flex-direction: column; align-items: flex-start; gap: 0.35em; margin-top: 0.55em; }
.suggestions button {
  background: var(--_bg); color: var(--_text); text-align: left; cursor: pointer;
  border: 1px solid var(--_muted); border-radius: 999px; padding: 0.3em 0.8em; font-size: 0.9em;
}
.retry { margin-top: 0.5em; padding: 0.35em 0.9em; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
@keyframes pulse { from { opacity: 0.3; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .typing::after { animation: none; } }
`;

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
})();
