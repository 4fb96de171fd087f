/** The terminal view of a bench report: one short table per section, targets last. */
import type { BenchReport } from './report.js';
import { textTable } from './text-table.js';

export function formatReport(report: BenchReport): string {
  const { machine, engine, http, startup, memory, growth, targets } = report;
  return [
    `Bench (${report.mode}) on ${machine.cpuModel} × ${machine.cpuCount}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ${report.durationSeconds.toFixed(0)} s; load average ${machine.loadAverage.atStart.toFixed(1)} → ${machine.loadAverage.atEnd.toFixed(1)}`,
    `Code: ${report.source.commit?.slice(0, 10) ?? 'not a git checkout'}${report.source.uncommittedFiles ? ` with ${report.source.uncommittedFiles} uncommitted file(s) in src/, knowledge/, intents/` : ''}`,
    section(
      `Engine: ask() in-process, answer cache off (every question runs the pipeline), ${engine.engine.samples.toLocaleString('en-GB')} questions after ${report.settings.engine.warmupQuestions} warm-up (ms)`,
      textTable(
        ['', 'p50', 'p95', 'p99', 'mean', 'max', 'q/s', 'answered'],
        [
          ['wall', engine.engine.p50Ms, engine.engine.p95Ms, engine.engine.p99Ms, engine.engine.meanMs, engine.engine.maxMs, Math.round(engine.engine.questionsPerSecond), percent(engine.engine.answeredShare)],
          ['CPU', engine.engine.cpu.p50Ms, null, engine.engine.cpu.p99Ms, engine.engine.cpu.meanMs, null, null, null],
        ],
      ),
    ),
    section(
      `HTTP: autocannon, ${http.settings.connections} connections, ${http.settings.durationSeconds} s × ${http.settings.rounds} rounds (median), response ${http.responseBytes} B`,
      textTable(
        ['target', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
        [
          ['POST /api/ask (bot)', Math.round(http.app.requestsPerSecond), http.app.p50Ms, http.app.p99Ms, http.app.non2xx, http.app.errors],
          ['bot, answer cache off', Math.round(http.appUncached.requestsPerSecond), http.appUncached.p50Ms, http.appUncached.p99Ms, http.appUncached.non2xx, http.appUncached.errors],
          ['bare Express, fixed body', Math.round(http.bareExpress.requestsPerSecond), http.bareExpress.p50Ms, http.bareExpress.p99Ms, http.bareExpress.non2xx, http.bareExpress.errors],
          ['bot, mixed questions', Math.round(http.appMixed.requestsPerSecond), http.appMixed.p50Ms, http.appMixed.p99Ms, http.appMixed.non2xx, http.appMixed.errors],
        ],
      ) +
        `\nratio bot ÷ bare: ${percent(http.throughputRatio)} (answer cache off: ${percent(http.uncachedThroughputRatio)}); bot RSS after load ${http.appRssMbAfterLoad.toFixed(1)} MB` +
        `\n${http.pinning === null ? 'not pinned to cores' : `servers pinned to CPU ${http.pinning.serverCpu}, autocannon to CPU ${http.pinning.loadCpus}`}`,
    ),
    section(
      `Start-up: spawn → first answer, median of ${startup.runs.length} (ms, MB)`,
      textTable(
        ['listening', 'first answer', 'RSS', 'peak RSS', 'node+tsx boot', 'imports', 'load', 'train'],
        [[startup.listeningMs, startup.firstAnswerMs, startup.rssMb, startup.peakRssMb, engine.bootMs, engine.importMs, engine.loadMs, engine.trainMs]],
      ),
    ),
    section(
      `Memory: ${memory.questions.toLocaleString('en-GB')} questions over ${memory.sessions.toLocaleString('en-GB')} sessions, then ${memory.overflowQuestions.toLocaleString('en-GB')} from new sessions (MAX_SESSIONS ${memory.maxSessions.toLocaleString('en-GB')})`,
      textTable(
        ['checkpoint', 'RSS MB', 'heap MB after GC', 'sessions held'],
        [
          ['after start-up', memory.afterStartup.rssMb, memory.afterStartup.heapUsedMbAfterGc, memory.afterStartup.sessionsHeld],
          ['after the load', memory.afterLoad.rssMb, memory.afterLoad.heapUsedMbAfterGc, memory.afterLoad.sessionsHeld],
          ['after overflow', memory.afterOverflow.rssMb, memory.afterOverflow.heapUsedMbAfterGc, memory.afterOverflow.sessionsHeld],
        ],
      ) + `\npeak RSS ${memory.peakRssMb.toFixed(1)} MB`,
    ),
    section(
      'Growth: synthetic knowledge bases (engine in a fresh process each)',
      textTable(
        ['size', 'facts', 'intents', 'training', 'vocab', 'load ms', 'train ms', 'p50 ms', 'p99 ms', 'q/s', 'CPU ms/q', 'CPU ×', 'mean ×', 'p99 ×', 'RSS MB'],
        growth.map((level) => [
          `${level.factor}×${level.finished ? '' : ' (timed out)'}`,
          level.size.facts,
          level.size.intents,
          level.size.trainingTexts,
          level.size.vocabulary,
          level.loadMs,
          level.trainMs,
          level.p50Ms,
          level.p99Ms,
          level.questionsPerSecond === null ? null : Math.round(level.questionsPerSecond),
          level.cpuMeanMs,
          level.cpuRatio,
          level.meanRatio,
          level.p99Ratio,
          level.rssMbAfterTrain,
        ]),
      ),
    ),
    section(
      'Targets',
      textTable(
        ['', 'target', 'measured', 'met'],
        targets.map((check) => [check.name, check.target, check.measured, check.met === null ? '—' : check.met ? 'yes' : 'NO']),
      ),
    ),
  ].join('\n\n');
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
