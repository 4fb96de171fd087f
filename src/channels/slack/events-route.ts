/**
 * `POST /slack/events`, the Events API request URL. In order: verify the
 * signature, answer `url_verification`, drop events already seen, acknowledge
 * at once, and only then let Botkit and the engine work on the event.
 */
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { RequestError } from '../../errors.js';
import type { BackgroundTasks } from './background-tasks.js';
import type { BotkitSlack } from './botkit-slack.js';
import type { EventDeduplicator } from './event-deduplicator.js';
import type { SlackLogger } from './logger.js';

const envelopeSchema = z.looseObject({
  type: z.string(),
  challenge: z.string().optional(),
  event_id: z.string().optional(),
  team_id: z.string().optional(),
  // Who the event was delivered for: with a bot token, the bot user itself.
  authorizations: z.array(z.looseObject({ team_id: z.string().nullish(), user_id: z.string().optional(), is_bot: z.boolean().optional() })).optional(),
  event: z.looseObject({ type: z.string() }).optional(),
});
type Envelope = z.infer<typeof envelopeSchema>;

export interface EventsRouteDeps {
  readonly verified: readonly RequestHandler[];
  readonly deduplicator: EventDeduplicator;
  readonly tasks: BackgroundTasks;
  readonly botkit: BotkitSlack;
  /** Filled with each workspace's bot user id as events reveal it, so our own messages can be recognised. */
  readonly botUsers: Map<string, string>;
  readonly log: SlackLogger;
}

export function eventsRouter({ verified, deduplicator, tasks, botkit, botUsers, log }: EventsRouteDeps): Router {
  const router = express.Router();
  router.post('/slack/events', ...verified, async (req, res) => {
    const envelope = parseEnvelope(req.body as Buffer);
    if (envelope.type === 'url_verification') {
      res.json({ challenge: envelope.challenge ?? '' });
      return;
    }
    const { event_id: eventId, event } = envelope;
    if (envelope.type !== 'event_callback' || eventId === undefined || event === undefined) {
      log.info({ type: envelope.type }, 'acknowledged a Slack request we do not act on');
      res.sendStatus(200);
      return;
    }
    const retry = req.get('X-Slack-Retry-Num');
    if (!(await firstTime(deduplicator, eventId, log))) {
      log.info({ eventId, retry, reason: req.get('X-Slack-Retry-Reason') }, 'ignored a repeated Slack event');
      res.sendStatus(200);
      return;
    }
    learnBotUser(envelope, botUsers);
    // Registered before the acknowledgement goes out, so anyone waiting for idle tasks after it also waits for this.
    tasks.run({ eventId, eventType: event.type }, () => botkit.handleEvent(envelope));
    res.sendStatus(200);
  });
  return router;
}

function parseEnvelope(rawBody: Buffer): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new RequestError('invalid_json', 'The Slack event body is not valid JSON.');
  }
  const result = envelopeSchema.safeParse(json);
  if (!result.success) throw new RequestError('invalid_request', 'The body is not a Slack Events API payload.');
  return result.data;
}

/** A store that fails must not silence the bot: answering twice beats never answering. */
async function firstTime(deduplicator: EventDeduplicator, eventId: string, log: SlackLogger): Promise<boolean> {
  try {
    return await deduplicator.firstTime(eventId);
  } catch (error) {
    log.warn({ eventId, err: error instanceof Error ? error.message : String(error) }, 'event de-duplication failed; handling the event anyway');
    return true;
  }
}

function learnBotUser(envelope: Envelope, botUsers: Map<string, string>): void {
  const bot = envelope.authorizations?.find((authorization) => authorization.is_bot === true && authorization.user_id !== undefined);
  // Keyed by the envelope's team, which is what the adapter hands our handlers (org-wide installs have none in `authorizations`).
  const team = envelope.team_id;
  if (bot?.user_id !== undefined && team !== undefined) botUsers.set(team, bot.user_id);
}
