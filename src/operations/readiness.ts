/**
 * What `GET /readyz` asks: each check resolves when its part is ready and
 * rejects with the reason when not. Checks run in parallel under a time
 * limit, so an unreachable dependency makes the probe fail fast, not hang.
 */

export interface ReadinessCheck {
  /** Short name shown in the `/readyz` body (`knowledge`, `sessions`). */
  readonly name: string;
  check(): Promise<void>;
}

export interface ReadinessReport {
  readonly ready: boolean;
  /** `"ok"` or the reason, per check. */
  readonly checks: Readonly<Record<string, string>>;
}

/** Longest a single check may take before it counts as failed. */
export const READINESS_TIMEOUT_MS = 1000;

export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = READINESS_TIMEOUT_MS): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map(async ({ name, check }) => [name, await outcome(check, timeoutMs)] as const));
  return { ready: results.every(([, result]) => result === 'ok'), checks: Object.fromEntries(results) };
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
