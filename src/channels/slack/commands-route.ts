/**
 * `POST /slack/commands`, the request URL of `/ask-article`. Verified like
 * events; the form is parsed only after the signature over its raw bytes
 * checks out, and Botkit writes the ephemeral answer as the response.
 */
import express, { type RequestHandler, type Router } from 'express';
import { RequestError } from '../../errors.js';
import type { BotkitSlack } from './botkit-slack.js';
import type { SlackLogger } from './logger.js';
import { renderNotice } from './render-reply.js';
import { slashCommandPayload } from './slash-command.js';

export interface CommandsRouteDeps {
  readonly verified: readonly RequestHandler[];
  readonly botkit: BotkitSlack;
  readonly log: SlackLogger;
}

export function commandsRouter({ verified, botkit, log }: CommandsRouteDeps): Router {
  const router = express.Router();
  router.post('/slack/commands', ...verified, async (req, res) => {
    const form = Object.fromEntries(new URLSearchParams((req.body as Buffer).toString('utf8')));
    const payload = slashCommandPayload.safeParse(form);
    if (!payload.success) throw new RequestError('invalid_request', 'The body is not a Slack slash command payload.');
    try {
      await botkit.handleCommand(payload.data, res);
    } catch (error) {
      log.error({ command: payload.data.command, err: error instanceof Error ? error.message : String(error) }, 'slash command failed');
    }
    // Slack shows the person an opaque error for anything but a 200, so a failure still gets a readable one.
    if (!res.headersSent) res.json({ response_type: 'ephemeral', ...renderNotice('Sorry, I could not answer that just now. Please try again.') });
  });
  return router;
}
