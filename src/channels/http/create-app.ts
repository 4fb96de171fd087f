/**
 * Builds the Express app from its parts without listening, so tests can run
 * it in-process and the entry point decides the port. Channels (web widget,
 * Slack) mount their own routes through `Channel.mount`.
 */
import express, { type Express } from 'express';
import type { Engine } from '../../pipeline/answer-question.js';
import { askRouter } from './ask-route.js';
import { errorHandler, notFound } from './error-response.js';

/** A way to reach the engine that needs routes of its own (web widget, Slack). */
export interface Channel {
  readonly name: string;
  mount(app: Express): void;
  close?(): Promise<void>;
}

export interface AppParts {
  readonly engine: Engine;
  readonly channels?: readonly Channel[];
  readonly logError?: (error: unknown) => void;
}

export function createApp({ engine, channels = [], logError = (error) => console.error(error) }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  for (const channel of channels) channel.mount(app);
  app.use(askRouter(engine));
  app.use(notFound);
  app.use(errorHandler(logError));
  return app;
}
