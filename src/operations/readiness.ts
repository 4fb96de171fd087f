/**
 * What `GET /readyz` asks: each check resolves when its part is ready and
 * rejects with the reason when not. Reasons are shown to whoever asks, so
 * they name states and error codes, never addresses or paths. Checks run in parallel under a time
 * limit, so an unreachable dependency makes the probe fail fast, not hang.
 */

export interface ReadinessCheck {
  /** Short name shown in the `/readyz` body (`knowledge`, `sessions`). */
  readonly name: string;
  /**
   * A part the bot answers without (the unanswered-questions log): its failure
   * makes the bot degraded, still ready, instead of unavailable.
   */
  readonly optional?: boolean;
  check(): Promise<void>;
}

export interface ReadinessReport {
  /** False when a check that is not optional failed. */
  readonly ready: boolean;
  /** True when only optional checks failed. */
  readonly degraded: boolean;
  /** `"ok"` or the reason, per check. */
  readonly checks: Readonly<Record<string, string>>;
}

/** Longest a single check may take before it counts as failed. */
export const READINESS_TIMEOUT_MS = 1000;

export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = READINESS_TIMEOUT_MS): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map(async ({ name, check, optional = false }) => ({ name, optional, result: await outcome(check, timeoutMs) })));
  const failed = results.filter(({ result }) => result !== 'ok');
  const ready = failed.every(({ optional }) => optional);
  return { ready, degraded: ready && failed.length > 0, checks: Object.fromEntries(results.map(({ name, result }) => [name, result])) };
}

async function outcome(check: () => Promise<void>, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([check().then(() => 'ok'), timeout]);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}
