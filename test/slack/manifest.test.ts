/**
 * docs/slack-app-manifest.yml is what a reader pastes into Slack's "Create
 * from manifest": it must parse, point at the routes the bot serves, and
 * subscribe to exactly the events the bot answers, with the scopes they need.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { createApp } from '../../src/channels/http/create-app.js';
import { routeTable } from '../../src/channels/http/route-table.js';
import { createSlackChannel } from '../../src/channels/slack/index.js';
import { realBot } from '../support/real-bot.js';

const manifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1) }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z.array(z.object({ command: z.string().startsWith('/'), url: z.url(), description: z.string().min(1) })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({ event_subscriptions: z.object({ request_url: z.url(), bot_events: z.array(z.string()) }) }),
});

const manifest = manifestSchema.parse(parse(readFileSync(new URL('../../docs/slack-app-manifest.yml', import.meta.url), 'utf8')));

function servedRoutes() {
  const { articles } = realBot();
  const slack = createSlackChannel(articles, { signingSecret: 'secret', botToken: 'xoxb-test', apiUrl: 'http://127.0.0.1:9/api/', channelArticles: new Map() }, { log: { info() {}, warn() {}, error() {} } });
  return routeTable(createApp({ articles, channels: [slack], logError: () => {} }));
}

describe('docs/slack-app-manifest.yml', () => {
  it('sends events and the slash command to routes the bot serves with POST', () => {
    const routes = servedRoutes();
    const urls = [manifest.settings.event_subscriptions.request_url, ...manifest.features.slash_commands.map((command) => command.url)];
    const paths = urls.map((url) => new URL(url).pathname);
    expect(paths).toEqual(['/slack/events', '/slack/commands']);
    for (const path of paths) expect(routes.get(path)?.has('POST')).toBe(true);
  });

  it('subscribes to mentions, direct messages and the thread replies the bot follows up', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
  });

  it('asks for the scope each event and reply needs, and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
  });
});
