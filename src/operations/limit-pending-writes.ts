/**
 * Bounds the unanswered-questions log's backlog. Its writes are serialised,
 * one file append at a time; under a flood of unanswerable questions they
 * fall behind, and every waiting record is held in memory (measured: about
 * 2,000 records and 50 MB after 45 s of 50 clients). Beyond `maxPending`
 * waiting records, new ones are dropped and counted instead, so an abusive
 * client can cost the curator some records, never the server its memory.
 */
import type { UnansweredLog } from '../evaluation/unanswered-log.js';

/** Records allowed to wait for the disk (about 1 KB each). */
export const DEFAULT_MAX_PENDING_WRITES = 500;

export function limitPendingWrites(log: UnansweredLog, onDrop: () => void, maxPending = DEFAULT_MAX_PENDING_WRITES): UnansweredLog {
  let pending = 0;
  return {
    path: log.path,
    readAll: () => log.readAll(),
    async append(record) {
      if (pending >= maxPending) {
        onDrop();
        return;
      }
      pending += 1;
      try {
        await log.append(record);
      } finally {
        pending -= 1;
      }
    },
  };
}
