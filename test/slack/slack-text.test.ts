import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SESSION_ID } from '../../src/channels/http/ask-route.js';
import { slackSessionId } from '../../src/channels/slack/incoming-question.js';
import { escapeMrkdwn, questionFromSlackText } from '../../src/channels/slack/slack-text.js';

describe('questionFromSlackText', () => {
  it.each([
    ['<@U0BOT> What were the sales?', 'What were the sales?'],
    ['<@U0BOT|huawei-bot>   and profit?', 'and profit?'],
    ['Hey <@U0BOT>, who is Guo Ping?', 'Hey , who is Guo Ping?'],
    ['<!here> what about R&amp;D &lt;spending&gt;?', 'what about R&D <spending>?'],
    ['Is <https://www.bbc.co.uk/news|this story> about Huawei?', 'Is this story about Huawei?'],
    ['What about <https://example.com>?', 'What about https://example.com?'],
    ['Posted in <#C0GENERAL|general>', 'Posted in #general'],
    ['<!subteam^S0TEAM|@analysts> what about 5G?', '@analysts what about 5G?'],
    ['<@U0BOT>', ''],
  ])('%j → %j', (text, question) => {
    expect(questionFromSlackText(text)).toBe(question);
  });

  it('gives back what escapeMrkdwn protected, whitespace aside', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(questionFromSlackText(escapeMrkdwn(text))).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('escapeMrkdwn', () => {
  it('leaves no character that would start Slack markup', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeMrkdwn(text)).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
      }),
    );
  });
});

describe('slackSessionId', () => {
  it('keys a thread by workspace, channel and thread timestamp', () => {
    expect(slackSessionId('T0TEST', 'C0GENERAL', '1700000000.000100')).toBe('slack:T0TEST:C0GENERAL:1700000000.000100');
  });

  it('always makes an id the engine accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 5 }), (parts) => {
        expect(slackSessionId(...parts)).toMatch(SESSION_ID);
      }),
    );
  });
});
