/**
 * Decides whether a Slack event is a person asking the bot something, and if
 * so where the answer goes and which conversation it continues: a channel
 * mention is answered in its thread and remembered per thread, as is a reply
 * in a thread (which the channel answers only in threads the bot is part of);
 * a direct message is answered in the DM and remembered per DM.
 */
import { z } from 'zod';
import { questionFromSlackText } from './slack-text.js';

/** The fields of an `app_mention` or `message.*` event we rely on; Slack sends many more. */
export const slackMessageEvent = z.looseObject({
  type: z.string(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
});
export type SlackMessageEvent = z.infer<typeof slackMessageEvent>;

export interface IncomingQuestion {
  /** The question with mentions and Slack markup removed; may be empty ("@bot" alone). */
  readonly question: string;
  /** The engine session that carries this thread's or DM's context. */
  readonly sessionId: string;
  readonly channel: string;
  /** Thread to answer in; undefined answers in the conversation itself. */
  readonly threadTs: string | undefined;
  readonly user: string;
}

/** `thread_reply`: a channel message that does not mention the bot (Botkit's "ambient" message). */
export type MessageKind = 'mention' | 'direct_message' | 'thread_reply';

/**
 * The question in `event`, or undefined for anything a person did not ask:
 * edits, deletions, joins and other subtypes, other bots' posts and our own.
 */
export function incomingQuestion(kind: MessageKind, event: SlackMessageEvent, team: string, botUserId: string | undefined): IncomingQuestion | undefined {
  const { subtype, bot_id: botId, user } = event;
  if (subtype !== undefined || botId !== undefined || user === undefined || user === botUserId) return undefined;
  const question = questionFromSlackText(event.text ?? '');
  if (kind === 'thread_reply') {
    // Only replies in a thread; a mention among them is answered through its own `app_mention` event.
    // While the bot's id is not yet known, any mention might be of the bot, so none is taken.
    const text = event.text ?? '';
    const mentionsBot = botUserId === undefined ? text.includes('<@') : text.includes(`<@${botUserId}`);
    if (event.thread_ts === undefined || event.thread_ts === event.ts || mentionsBot || question === '') return undefined;
    return { question, sessionId: slackSessionId(team, event.channel, event.thread_ts), channel: event.channel, threadTs: event.thread_ts, user };
  }
  if (kind === 'mention') {
    const threadTs = event.thread_ts ?? event.ts;
    return { question, sessionId: slackSessionId(team, event.channel, threadTs), channel: event.channel, threadTs, user };
  }
  // A DM is one conversation; a reply still lands in the DM thread the person wrote in, if any.
  return { question, sessionId: slackSessionId(team, event.channel), channel: event.channel, threadTs: event.thread_ts, user };
}

/** Engine session ids allow 1–128 of `A-Za-z0-9_.:-`; Slack ids and timestamps already fit, anything else is replaced. */
export function slackSessionId(...parts: readonly string[]): string {
  return ['slack', ...parts.map((part) => part.replace(/[^A-Za-z0-9_.-]/g, '_'))].join(':').slice(0, 128);
}
