/**
 * How much each section of the bench does, for a full run and for `--quick`
 * (a tiny run that checks the machinery in seconds; its numbers mean little).
 */

export interface BenchSettings {
  readonly mode: 'full' | 'quick';
  readonly engine: {
    /** Questions asked before measuring, so the JIT and caches are warm. */
    readonly warmupQuestions: number;
    /** Questions measured, cycling through the mixed evaluation workload. */
    readonly measuredQuestions: number;
    /** Questions of each hostile kind timed for the worst case. */
    readonly hostilePerKind: number;
  };
  readonly http: {
    /** Concurrent connections autocannon keeps open. */
    readonly connections: number;
    readonly pipelining: number;
    /** Unmeasured load before each measurement, for the server's JIT. */
    readonly warmupSeconds: number;
    readonly durationSeconds: number;
    /** Each round measures the bot and both baselines on every workload, alternating which server goes first; medians are reported. */
    readonly rounds: number;
  };
  readonly startup: {
    /** Unmeasured starts first, so the OS file cache is warm as on a restart. */
    readonly warmupRuns: number;
    /** Starts measured, each of `npm start` and of the bot's own command; medians are reported. */
    readonly runs: number;
  };
  readonly articles: {
    /** Starts measured per article count (the first article alone, the first two, …); medians are reported. */
    readonly runs: number;
  };
  readonly memory: {
    readonly questions: number;
    readonly sessions: number;
    /** Questions from brand-new sessions after the main load, to push past MAX_SESSIONS. */
    readonly overflowQuestions: number;
    /** RSS is sampled every this many questions. */
    readonly sampleEvery: number;
    /** MAX_SESSIONS for the run; undefined keeps the app's default. */
    readonly maxSessions: number | undefined;
  };
  readonly growth: {
    /** Knowledge-base sizes relative to the real one; 1 is the real knowledge base itself. */
    readonly factors: readonly number[];
    readonly warmupQuestions: number;
    readonly measuredQuestions: number;
    /** A level whose load + train + measurement takes longer is reported as not finished. */
    readonly timeoutSeconds: number;
  };
}

export const FULL: BenchSettings = Object.freeze({
  mode: 'full',
  engine: { warmupQuestions: 1_000, measuredQuestions: 10_000, hostilePerKind: 100 },
  http: { connections: 10, pipelining: 1, warmupSeconds: 2, durationSeconds: 6, rounds: 5 },
  startup: { warmupRuns: 1, runs: 5 },
  articles: { runs: 3 },
  memory: { questions: 100_000, sessions: 10_000, overflowQuestions: 20_000, sampleEvery: 10_000, maxSessions: undefined },
  growth: { factors: [1, 10, 100], warmupQuestions: 300, measuredQuestions: 2_000, timeoutSeconds: 1_800 },
});

export const QUICK: BenchSettings = Object.freeze({
  mode: 'quick',
  engine: { warmupQuestions: 50, measuredQuestions: 300, hostilePerKind: 5 },
  http: { connections: 4, pipelining: 1, warmupSeconds: 0, durationSeconds: 1, rounds: 1 },
  startup: { warmupRuns: 0, runs: 1 },
  articles: { runs: 1 },
  memory: { questions: 1_000, sessions: 100, overflowQuestions: 300, sampleEvery: 250, maxSessions: 200 },
  growth: { factors: [1, 2], warmupQuestions: 20, measuredQuestions: 100, timeoutSeconds: 120 },
});
