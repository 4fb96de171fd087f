/**
 * Keeps the unanswered-questions log from costing the server anything but
 * records, whatever happens to the disk:
 * - Its writes are serialised and, under a flood of unanswerable questions,
 *   fall behind, every waiting record held in memory (measured: about 2,000
 *   records and 50 MB after 45 s of 50 clients). Beyond `maxPending` waiting
 *   records, new ones are dropped instead.
 * - A write that fails (a read-only or full DATA_DIR) drops its records too,
 *   and the log is reported as failing, with the error code, until a write
 *   succeeds again: `/readyz` shows it as degraded, not down, since every
 *   question is still answered.
 * `append` never rejects; every dropped record is reported to `onDrop`.
 */
import type { UnansweredLog } from '../evaluation/unanswered-log.js';

/** Records allowed to wait for the disk (about 1 KB each). */
export const DEFAULT_MAX_PENDING_WRITES = 500;

export interface GuardedUnansweredLog extends UnansweredLog {
  /** Why the last write failed (an error code such as `EACCES`, never a path), or undefined when it succeeded. */
  readonly problem: string | undefined;
}

export type DropReason = 'backlog' | 'write_failed';

export function guardUnansweredLog(log: UnansweredLog, onDrop: (reason: DropReason) => void, maxPending = DEFAULT_MAX_PENDING_WRITES): GuardedUnansweredLog {
  let pending = 0;
  let problem: string | undefined;
  return {
    path: log.path,
    get problem() {
      return problem;
    },
    readAll: () => log.readAll(),
    async append(record) {
      if (pending >= maxPending) {
        onDrop('backlog');
        return;
      }
      pending += 1;
      try {
        await log.append(record);
        problem = undefined;
      } catch (error) {
        problem = `cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
        onDrop('write_failed');
      } finally {
        pending -= 1;
      }
    },
  };
}
