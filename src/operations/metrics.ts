/**
 * `GET /metrics` in Prometheus text format (prom-client): questions by
 * channel and outcome, answer latency, fallbacks, sessions held, whether the
 * session store is reachable, HTTP responses by route and status, records
 * and log lines dropped, and the
 * process's own figures (memory, CPU, event-loop lag). Each app has its own
 * registry, so several apps in one test process do not collide.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerObservation } from './observe-engine.js';

/** Seconds; the engine answers in about half a millisecond, a Redis round trip adds about as much. */
export const ANSWER_LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface MetricsSources {
  /** Conversations held now (the session store's count). */
  readonly sessions?: () => Promise<number>;
  /** Resolves when the session store answers, rejects when it does not. */
  readonly storeReachable?: () => Promise<void>;
  /** Log lines dropped so far because stdout was not taking them (a stalled log reader). */
  readonly logLinesDropped?: () => number;
  /** Process metrics (memory, CPU, GC, event-loop lag); on by default. */
  readonly processMetrics?: boolean;
}

export interface Metrics {
  readonly registry: Registry;
  observeAnswer(observation: AnswerObservation): void;
  /** `route` is a known route path or `other`, so label values stay few. */
  observeHttp(route: string, method: string, status: number): void;
  /** An unanswered question not written: the log's backlog was full, or the write failed. */
  countDroppedUnanswered(): void;
}

export function createMetrics(sources: MetricsSources = {}): Metrics {
  const registry = new Registry();
  if (sources.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'bot_' });
  const questions = new Counter({
    name: 'bot_questions_total',
    help: 'Questions put to the engine, by channel and outcome (answered, small_talk, fallback, error).',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'bot_fallbacks_total',
    help: 'Questions the article does not answer ("The article doesn\'t say"), by channel.',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'bot_answer_duration_seconds',
    help: 'Time to answer a question, session store round trips included, by channel.',
    labelNames: ['channel'] as const,
    buckets: ANSWER_LATENCY_BUCKETS,
    registers: [registry],
  });
  const http = new Counter({
    name: 'bot_http_requests_total',
    help: 'HTTP responses by route, method and status (429 = rate limited).',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const droppedUnanswered = new Counter({
    name: 'bot_unanswered_dropped_total',
    help: 'Unanswered questions not written to the unanswered-questions log: its backlog was full (a flood) or DATA_DIR could not be written.',
    registers: [registry],
  });
  let logLinesCounted = 0;
  new Counter({
    name: 'bot_log_lines_dropped_total',
    help: 'Log lines dropped because stdout did not take them (a stalled or dead log reader); the server kept answering.',
    registers: [registry],
    collect() {
      const now = sources.logLinesDropped?.() ?? 0;
      this.inc(now - logLinesCounted);
      logLinesCounted = now;
    },
  });
  new Gauge({
    name: 'bot_sessions',
    help: 'Conversations held by the session store (shared by every process when it is Redis); -1 when it cannot be read.',
    registers: [registry],
    async collect() {
      this.set(sources.sessions === undefined ? 0 : await sources.sessions().catch(() => -1));
    },
  });
  new Gauge({
    name: 'bot_session_store_up',
    help: '1 when the session store answers, 0 when it does not (answers are then given without conversation context).',
    registers: [registry],
    async collect() {
      this.set(sources.storeReachable === undefined ? 1 : await sources.storeReachable().then(() => 1, () => 0));
    },
  });

  const questionsBy = labelled((channel, outcome) => questions.labels({ channel, outcome }));
  const fallbacksBy = labelled((channel) => fallbacks.labels({ channel }));
  const latencyBy = labelled((channel) => latency.labels({ channel }));
  const httpBy = labelled((route, method, status) => http.labels({ route, method, status }));

  return {
    registry,
    observeAnswer({ input, outcome, latencyMs }) {
      const channel = input.channel ?? 'unknown';
      questionsBy(channel, outcome).inc();
      if (outcome === 'fallback') fallbacksBy(channel).inc();
      latencyBy(channel).observe(latencyMs / 1000);
    },
    observeHttp(route, method, status) {
      httpBy(route, method, String(status)).inc();
    },
    countDroppedUnanswered() {
      droppedUnanswered.inc();
    },
  };
}

/**
 * One child metric per combination of label values, made on first use:
 * prom-client hashes a label object on every call, a cost each request paid
 * twice or three times. Label values are few (routes, statuses, channels).
 */
function labelled<Child>(make: (...values: string[]) => Child): (...values: string[]) => Child {
  const children = new Map<string, Child>();
  return (...values) => {
    const key = values.join('\n');
    let child = children.get(key);
    if (child === undefined) {
      child = make(...values);
      children.set(key, child);
    }
    return child;
  };
}
