import { describe, expect, it } from 'vitest';
import { MAX_SECTION_TEXT, renderReply } from '../../src/channels/slack/render-reply.js';
import type { AskResponse } from '../../src/pipeline/types.js';

const base: AskResponse = {
  sessionId: 's',
  answer: 'Profit rose 25.1% to 8.6 billion US dollars (£6.6 billion).',
  intent: 'finance.profit',
  confidence: 0.9,
  fallback: false,
  citations: [{ id: 's29', text: 'Profit rose 25.1% to 8.6 billion US dollars (£6.6 billion)', start: 3859, end: 3917 }],
  suggestions: ['How much did sales grow?'],
};

describe('renderReply', () => {
  it('puts the answer first and quotes each cited sentence with its id', () => {
    expect(renderReply(base)).toEqual({
      text: base.answer,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: base.answer } },
        { type: 'section', text: { type: 'mrkdwn', text: '>Profit rose 25.1% to 8.6 billion US dollars (£6.6 billion)\n_(sentence s29)_' } },
      ],
    });
  });

  it('lists the suggested questions on a fallback', () => {
    const reply = renderReply({ ...base, answer: "The article doesn't say.", fallback: true, citations: [], suggestions: ['Who is Guo Ping?', 'Why was the CFO arrested?'] });
    expect(reply.blocks.at(-1)?.text.text).toBe('*You could ask:*\n• Who is Guo Ping?\n• Why was the CFO arrested?');
  });

  it('does not list suggestions after a real answer', () => {
    expect(renderReply(base).blocks).toHaveLength(2);
  });

  it('keeps markup in the answer literal (no @channel pings) and sections within Slack’s limit', () => {
    const reply = renderReply({ ...base, answer: `<!channel> ${'x'.repeat(4000)}`, citations: [] });
    expect(reply.blocks[0]?.text.text.startsWith('&lt;!channel&gt; ')).toBe(true);
    expect(reply.blocks[0]?.text.text.length).toBe(MAX_SECTION_TEXT);
    expect(reply.text.startsWith('&lt;!channel&gt; ')).toBe(true);
  });
});
