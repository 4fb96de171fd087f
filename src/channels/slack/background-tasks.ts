/**
 * Work that runs after Slack has been acknowledged. Slack wants its answer
 * within 3 seconds, so the events route acknowledges first and answers here;
 * keeping hold of the promises lets shutdown (and tests) wait for answers in
 * flight, and catching here means no failure can become an unhandled
 * rejection that would stop the process.
 */
import type { SlackLogger } from './logger.js';

export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: SlackLogger) {}

  /** Starts `work` now, without waiting for it. */
  run(description: object, work: () => Promise<void>): void {
    // Started through a promise so that even a synchronous throw is caught below.
    const task = Promise.resolve()
      .then(work)
      .catch((error: unknown) => this.log.error({ ...description, err: describe(error) }, 'Slack background task failed'))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Resolves once every task started so far, and any they started, has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
