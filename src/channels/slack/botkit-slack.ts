/**
 * The one module that touches Botkit and botbuilder-adapter-slack. Botkit
 * turns verified Slack payloads into typed events (`app_mention`,
 * `direct_message`, `bot_message`, `slash_command`…) and routes them to our
 * handlers. Everything around it (HTTP, verification, de-duplication,
 * sending) is ours, because the adapter's own versions are unsafe (see the
 * comments below and the README, "Slack").
 */
import type { WebClient } from '@slack/web-api';
import type { SlackAdapter } from 'botbuilder-adapter-slack';
import type { BotkitConfiguration, BotkitHandler, BotkitMessage } from 'botkit';
import type { Response } from 'express';
import { slackMessageEvent, type MessageKind, type SlackMessageEvent } from './incoming-question.js';
import type { SlackLogger } from './logger.js';

export interface BotkitSlackHandlers {
  /** A user message in a DM, mentioning the bot, or in a channel; called after Slack was acknowledged. */
  onMessage(kind: MessageKind, event: SlackMessageEvent, team: string): Promise<void>;
  /** The HTTP body that answers a slash command. */
  onSlashCommand(payload: Readonly<Record<string, unknown>>): Promise<object>;
}

export interface BotkitSlackOptions {
  readonly signingSecret: string;
  readonly botToken: string;
  readonly client: WebClient;
  /** The bot's own user id in a workspace, when known. */
  readonly botUserFor: (team: string) => string | undefined;
  readonly handlers: BotkitSlackHandlers;
  readonly log: SlackLogger;
}

export interface BotkitSlack {
  /** Runs a verified, acknowledged Events API payload through Botkit; resolves when its handler is done. */
  handleEvent(envelope: object): Promise<void>;
  /** Runs a verified slash command through Botkit, which writes the HTTP response. */
  handleCommand(payload: object, res: Response): Promise<void>;
}

/** Placeholders for the adapter's OAuth install flow, which this bot does not offer (it is installed with a bot token). */
const UNUSED_OAUTH = { clientId: 'unused', clientSecret: 'unused', scopes: ['unused'], redirectUri: 'https://localhost/unused' };

/**
 * The adapter, with its Web API client replaced by ours (aimed at the
 * configured URL, retries bounded by us) and a bot user lookup that never throws.
 */
function configuredAdapter(Adapter: typeof SlackAdapter, settings: BotkitSlackOptions): SlackAdapter {
  class ConfiguredSlackAdapter extends Adapter {
    constructor() {
      // The multi-team form: given `botToken` instead, the constructor calls auth.test on slack.com
      // and exits the process when that fails. These functions are only a fallback: both methods are overridden below.
      super({
        clientSigningSecret: settings.signingSecret,
        ...UNUSED_OAUTH,
        getTokenForTeam: async () => settings.botToken,
        getBotUserByTeam: async (team) => settings.botUserFor(team) ?? '',
      });
    }

    override async getAPI(): Promise<WebClient> {
      return settings.client;
    }

    // The original throws when the id is unknown, which would fail the whole turn.
    override async getBotUserByTeam(activity: Parameters<SlackAdapter['getBotUserByTeam']>[0]): Promise<string> {
      const team = (activity.conversation as { team?: unknown } | undefined)?.team;
      return (typeof team === 'string' ? settings.botUserFor(team) : undefined) ?? '';
    }
  }
  return new ConfiguredSlackAdapter();
}

/** Botkit keeps dialog state per conversation in memory forever unless given storage; we keep context in the engine instead. */
const noStorage: NonNullable<BotkitConfiguration['storage']> = {
  read: async () => ({}),
  write: async () => undefined,
  delete: async () => undefined,
};

/**
 * Botkit and the adapter cost over a second and ~90 MB to import, so they are
 * loaded only when the Slack channel exists, in the background right after
 * start-up; an event that arrives sooner waits for them (after Slack's ack).
 */
export function createBotkitSlack(options: BotkitSlackOptions): BotkitSlack {
  let loaded: Promise<BotkitSlack> | undefined;
  const load = () => (loaded ??= loadBotkitSlack(options));
  setImmediate(() => void load().catch((error: unknown) => options.log.error({ err: String(error) }, 'could not load Botkit')));
  return {
    handleEvent: async (envelope) => (await load()).handleEvent(envelope),
    handleCommand: async (payload, res) => (await load()).handleCommand(payload, res),
  };
}

async function loadBotkitSlack(options: BotkitSlackOptions): Promise<BotkitSlack> {
  const [{ SlackAdapter, SlackEventMiddleware, SlackMessageTypeMiddleware }, { Botkit }] = await Promise.all([
    import('botbuilder-adapter-slack'),
    import('botkit'),
  ]);
  const { handlers, log } = options;
  const adapter = configuredAdapter(SlackAdapter, options);
  // Without these Botkit emits every Slack message as a plain `message`, our own posts included.
  adapter.use(new SlackEventMiddleware());
  adapter.use(new SlackMessageTypeMiddleware());
  // disable_webserver: otherwise Botkit starts its own Express server on a port from inside this constructor.
  const controller = new Botkit({ adapter, disable_webserver: true, disable_console: true, storage: noStorage });
  const turn = controller.handleTurn.bind(controller);

  // A handler that throws inside Botkit becomes an unhandled rejection (Botkit's middleware chain
  // does not catch it) and leaves the turn hanging, so every handler catches and logs here.
  const guarded = (name: string, handler: BotkitHandler): BotkitHandler => async (bot, message) => {
    try {
      await handler(bot, message);
    } catch (error) {
      log.error({ handler: name, err: error instanceof Error ? error.message : String(error) }, 'Slack handler failed');
    }
  };
  const onMessage = (kind: MessageKind): BotkitHandler => async (_bot, message) => {
    const event = slackMessageEvent.safeParse(channelData(message));
    const team = channelData(message).team;
    if (event.success && typeof team === 'string') await handlers.onMessage(kind, event.data, team);
    else log.warn({ kind }, 'ignored a Slack message event without channel, ts or team');
  };

  controller.on('app_mention', guarded('app_mention', onMessage('mention')));
  controller.on('direct_message', guarded('direct_message', onMessage('direct_message')));
  // Channel messages that do not mention the bot (`message.channels`, `message.groups`); the handler keeps thread replies.
  controller.on('message', guarded('message', onMessage('thread_reply')));
  controller.on('slash_command', guarded('slash_command', async (bot, message) => {
    bot.httpBody(await handlers.onSlashCommand(channelData(message)));
  }));

  return {
    // We acknowledged Slack before this runs, so the response Botkit writes is discarded; and the request
    // carries no raw body, which makes the adapter skip its own (unsafe) signature check: ours already ran.
    handleEvent: (envelope) => adapter.processActivity({ body: envelope, header: () => undefined }, discardedResponse(), turn),
    handleCommand: (payload, res) => adapter.processActivity({ body: payload, header: () => undefined }, res, turn),
  };
}

/** The raw Slack payload behind a Botkit message, with `team` set to the workspace id by the adapter. */
function channelData(message: BotkitMessage): Record<string, unknown> {
  const data: unknown = message.incoming_message.channelData;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/** The subset of an Express response the adapter writes to, doing nothing. */
function discardedResponse(): object {
  const response = { status: () => response, header: () => response, send: () => response, end: () => response };
  return response;
}
