/**
 * A warning for a fault that repeats with every request (a full disk, a
 * store that is down): logged at most once per interval, with how many times
 * it happened since the last line, and never with a stack trace.
 */
import type { Logger } from './logger.js';

/** How often a repeating fault is logged. */
export const WARNING_INTERVAL_MS = 60_000;

export function throttledWarning(logger: Logger, message: string, intervalMs = WARNING_INTERVAL_MS): (fields?: object) => void {
  let lastWarned = -Infinity;
  let since = 0;
  return (fields = {}) => {
    since += 1;
    if (Date.now() - lastWarned < intervalMs) return;
    logger.warn({ ...fields, occurrences: since }, message);
    lastWarned = Date.now();
    since = 0;
  };
}
