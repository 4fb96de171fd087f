/** The terminal view of a bench report: one short table per section, targets last. */
import type { ServerLoadResult } from './measure-http.js';
import type { BenchReport } from './report.js';
import { ms } from './stats.js';
import { textTable, type Cell } from './text-table.js';

export function formatReport(report: BenchReport): string {
  const { machine, engine, http, profile, startup, articles, memory, growth, targets } = report;
  return [
    `Bench (${report.mode}) on ${machine.cpuModel} × ${machine.cpuCount}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ${report.durationSeconds.toFixed(0)} s; load average ${machine.loadAverage.atStart.toFixed(1)} → ${machine.loadAverage.atEnd.toFixed(1)}`,
    `Code: ${report.source.commit?.slice(0, 10) ?? 'not a git checkout'}${report.source.uncommittedFiles ? ` with ${report.source.uncommittedFiles} uncommitted file(s) in src/, knowledge/, intents/` : ''}`,
    section(
      `Engine: ask() in-process over the conversational mix, answer cache off (every question runs the pipeline), ${engine.engine.samples.toLocaleString('en-GB')} questions after ${report.settings.engine.warmupQuestions} warm-up (ms)`,
      textTable(
        ['', 'p50', 'p95', 'p99', 'mean', 'max', 'worst (hostile)', 'q/s', 'answered'],
        [
          ['wall', engine.engine.p50Ms, engine.engine.p95Ms, engine.engine.p99Ms, engine.engine.meanMs, engine.engine.maxMs, engine.hostile?.worst.ms ?? null, Math.round(engine.engine.questionsPerSecond), percent(engine.engine.answeredShare)],
          ['CPU', engine.engine.cpu.p50Ms, null, engine.engine.cpu.p99Ms, engine.engine.cpu.meanMs, null, null, null, null],
          ['hostile', engine.hostile?.p50Ms ?? null, null, engine.hostile?.p99Ms ?? null, null, null, engine.hostile?.worst.ms ?? null, null, null],
          ['hostile, first ask', engine.hostile?.firstAsk.p50Ms ?? null, null, null, null, null, engine.hostile?.firstAsk.worst.ms ?? null, null, null],
        ],
      ) +
        `\ntail: a garbage-collector pause landed on ${percent(engine.engine.tail.pausedShare)} of asks (mean pause ${ms(engine.engine.tail.meanPauseMs)}); p99 of the other asks ${ms(engine.engine.tail.p99UnpausedMs)}; p99 of what each ask's question costs (the median of its asks) ${ms(engine.engine.tail.p99QuestionMedianMs)}` +
        (engine.hostile === null
          ? ''
          : `\nhostile corpus: ${engine.hostile.questions} questions (long random words, repeated tokens, near-miss spellings), each the median of ${engine.hostile.repetitions} asks; slowest: ${engine.hostile.worst.kind}, "${shorten(engine.hostile.worst.question)}"` +
            `\nfirst ask of each (nothing about it remembered yet): slowest ${engine.hostile.firstAsk.worst.kind}, "${shorten(engine.hostile.firstAsk.worst.question)}"`),
    ),
    section(
      `HTTP: autocannon, ${http.settings.connections} connections, ${http.settings.durationSeconds} s × ${http.settings.rounds} rounds (median, alternating order); bot as \`npm start\` runs it (${http.nodeFlags.join(' ') || 'no Node flags'}), rate limit raised for the run only (${Object.entries(http.rateLimit).map(([name, value]) => `${name}=${value}`).join(', ')}; autocannon is its only client)`,
      textTable(
        ['workload', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'non-2xx', 'errors', 'bot ÷ it'],
        http.workloads.flatMap((workload) => [
          loadRow(workload.name, 'bot', workload.bot, null),
          loadRow('', 'parsing Express', workload.parsing, workload.ratio),
          loadRow('', 'fixed body (ceiling)', workload.fixed, workload.ceilingRatio),
        ]).concat([loadRow('openers', 'bot, answer cache off', http.botUncachedOpeners, null)]),
      ) +
        `\nanswer cache off on the openers: ${times(http.uncachedOpenersRatio)} the parsing baseline` +
        (engine.conversationCacheShare === null ? '' : `; answer-cache hit rate on conversations ${percent(engine.conversationCacheShare)} (turns with no context yet, counted in-process)`) +
        `\nbot RSS after the conversations workload ${http.botRssMbAfterConversations.toFixed(1)} MB (highest round); fixed body ${http.fixedResponseBytes} B` +
        `\n${http.pinning === null ? 'not pinned to cores' : `servers pinned to CPU ${http.pinning.serverCpu}, autocannon to CPU ${http.pinning.loadCpus}`}`,
    ),
    section(
      `Profile: the bot under node --cpu-prof, ${profile.workload} workload, ${profile.requests.toLocaleString('en-GB')} requests, ${Math.round(profile.usPerRequest)} µs of CPU per request in all (self time per cost centre; the profiler adds a little to each)`,
      textTable(
        ['cost centre', 'µs/request', 'share'],
        profile.centres.map((centre) => [centre.name, centre.usPerRequest, percent(centre.share)]),
      ) +
        '\n\n' +
        textTable(
          ['our function', 'where', 'µs/request', 'share'],
          profile.ownFunctions.map((own) => [own.name || '(anonymous)', own.location, own.usPerRequest, percent(own.share)]),
        ),
    ),
    section(
      `Start-up: spawn → healthy /healthz and → first answer, median of ${startup.runs.length} (ms, MB)`,
      textTable(
        ['npm start → healthy', 'node → listening', 'node → healthy', 'node → first answer', 'RSS', 'peak RSS', 'imports', 'load', 'train'],
        [[startup.npmStartHealthyMs, startup.listeningMs, startup.healthyMs, startup.firstAnswerMs, startup.rssMb, startup.peakRssMb, engine.importMs, engine.loadMs, engine.trainMs]],
      ) + '\nnpm start: npm, then the start script; node: the start script without npm (the build check, nothing changed since the last build, then the bot in the same process)',
    ),
    section(
      `Start-up per added article: the bot's own command serving the first article, the first two, …; spawn → healthy and → first answer about the last one ("${articles.question}"), median of ${articles.runsEach} (ms, MB)`,
      textTable(
        ['articles', 'node → healthy', 'node → first answer', 'CPU ms', 'RSS'],
        [
          ...articles.runs.map((run) => [`${run.articles}: ${run.slugs.join(', ')}`, run.healthyMs, run.firstAnswerMs, run.cpuMs, run.rssMb]),
          ['per added article', articles.perArticle.healthyMs, articles.perArticle.firstAnswerMs, articles.perArticle.cpuMs, articles.perArticle.rssMb],
        ],
      ) + '\nCPU: the server\'s CPU time (all threads) at its first answer, the figure to compare on a busy machine',
    ),
    section(
      `Memory: ${memory.questions.toLocaleString('en-GB')} questions over ${memory.sessions.toLocaleString('en-GB')} sessions, then ${memory.overflowQuestions.toLocaleString('en-GB')} from new sessions (MAX_SESSIONS ${memory.maxSessions.toLocaleString('en-GB')}; node ${memory.nodeFlags.join(' ')})`,
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

function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

function loadRow(workload: string, server: string, result: ServerLoadResult, ratio: number | null): Cell[] {
  return [
    workload,
    server,
    Math.round(result.requestsPerSecond),
    result.p50Ms,
    result.p99Ms,
    Math.round(result.serverCpuUsPerRequest),
    result.non2xx,
    result.errors,
    ratio === null ? '' : times(ratio),
  ];
}

/** A question short enough for one line of the report. */
function shorten(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
