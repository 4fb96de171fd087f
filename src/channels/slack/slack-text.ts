/**
 * Slack's message text format in both directions: turning what a user typed
 * into a plain question, and making our text safe inside mrkdwn.
 * See https://api.slack.com/reference/surfaces/formatting
 */

/** `<@U123>`, `<@U123|name>`, `<!here>`, `<#C123|general>`, `<https://x|label>`… */
const SPECIAL = /<([@#!])?([^<>|]*)(?:\|([^<>]*))?>/g;

/**
 * The question in a message: user and broadcast mentions dropped (the bot's
 * own included; the article knows no Slack users), links and channels
 * reduced to their label, entities decoded, whitespace collapsed.
 */
export function questionFromSlackText(text: string): string {
  const plain = text.replace(SPECIAL, (_match, sigil: string | undefined, target: string, label: string | undefined) => {
    if (sigil === '@') return ' ';
    if (sigil === '!') return label === undefined ? ' ' : ` ${label} `;
    if (sigil === '#') return label === undefined ? ' ' : ` #${label} `;
    return label ?? target;
  });
  return decodeEntities(plain).replace(/\s+/g, ' ').trim();
}

/** Slack escapes exactly these three characters in message text. */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Makes text literal inside mrkdwn: `<`, `>` and `&` would otherwise start links, mentions or entities. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
