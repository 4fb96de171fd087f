/**
 * Runs `npm run bench -- --quick` as a user would and checks that the report
 * has every field. Timings are never asserted: they depend on the machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../bench/report.js';

const projectRoot = new URL('../..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'bench-report-test-'));
const outPath = join(outDir, 'bench.json');
let report: BenchReport;
let printed = '';

const LOAD_FIELDS = ['requestsPerSecond', 'p50Ms', 'p99Ms', 'meanMs', 'requests', 'non2xx', 'errors', 'serverCpuUsPerRequest'];

/** Paths that must hold a finite number in every report. */
const NUMBERS = [
  'durationSeconds',
  'machine.cpuCount',
  'machine.memoryGb',
  'machine.loadAverage.atStart',
  'machine.loadAverage.atEnd',
  'engine.workloadQuestions',
  'engine.bootMs',
  'engine.importMs',
  'engine.loadMs',
  'engine.trainMs',
  'engine.rssMbAfterTrain',
  ...['samples', 'meanMs', 'p50Ms', 'p95Ms', 'p99Ms', 'maxMs', 'questionsPerSecond', 'answeredShare', 'cpu.meanMs', 'cpu.p50Ms', 'cpu.p99Ms', 'tail.pausedShare', 'tail.meanPauseMs', 'tail.p99UnpausedMs', 'tail.p99QuestionMedianMs'].map(
    (field) => `engine.engine.${field}`,
  ),
  'engine.hostile.p50Ms',
  'engine.hostile.p99Ms',
  'engine.hostile.worst.ms',
  'engine.hostile.firstAsk.p50Ms',
  'engine.hostile.firstAsk.worst.ms',
  'engine.conversationCacheShare',
  ...LOAD_FIELDS.map((field) => `http.botUncachedOpeners.${field}`),
  'http.fixedResponseBytes',
  'http.uncachedOpenersRatio',
  'http.botRssMbAfterConversations',
  'http.settings.connections',
  'http.settings.durationSeconds',
  'profile.requests',
  'profile.sampledMs',
  'profile.usPerRequest',
  'startup.npmStartHealthyMs',
  'startup.healthyMs',
  'startup.listeningMs',
  'startup.firstAnswerMs',
  'startup.rssMb',
  'startup.peakRssMb',
  ...['healthyMs', 'firstAnswerMs', 'cpuMs', 'rssMb'].map((field) => `articles.perArticle.${field}`),
  'memory.questions',
  'memory.sessions',
  'memory.overflowQuestions',
  'memory.maxSessions',
  'memory.maxSessionsHeld',
  'memory.peakRssMb',
  'memory.elapsedMs',
  ...['afterStartup', 'afterLoad', 'afterOverflow'].flatMap((point) =>
    ['rssMb', 'heapUsedMbAfterGc', 'sessionsHeld'].map((field) => `memory.${point}.${field}`),
  ),
];

const GROWTH_NUMBERS = [
  'factor',
  'size.sentences',
  'size.facts',
  'size.intents',
  'size.trainingTexts',
  'size.vocabulary',
  'loadMs',
  'trainMs',
  'loadAndTrainMs',
  'rssMbAfterTrain',
  'p50Ms',
  'p95Ms',
  'p99Ms',
  'questionsPerSecond',
  'answeredShare',
  'p50Ratio',
  'p99Ratio',
  'meanRatio',
  'cpuMeanMs',
  'cpuRatio',
];

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', outPath], {
    cwd: projectRoot,
    maxBuffer: 10 * 2 ** 20,
  });
  printed = stdout;
  report = JSON.parse(readFileSync(outPath, 'utf8')) as BenchReport;
}, 300_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('writes a quick-mode report with the machine it ran on', () => {
    expect(report.version).toBe(2);
    expect(report.mode).toBe('quick');
    expect(report.machine.node).toBe(process.version);
    expect(typeof report.machine.cpuModel).toBe('string');
    expect(Date.parse(report.startedAt)).not.toBeNaN();
    expect(report.source).toHaveProperty('commit');
    expect(report.source).toHaveProperty('uncommittedFiles');
  });

  it.each(NUMBERS)('reports %s as a number', (path) => {
    expect(Number.isFinite(at(report, path)), `${path} = ${JSON.stringify(at(report, path))}`).toBe(true);
  });

  it('measures every growth level it was asked for, with every field', () => {
    expect(report.growth.map((level) => level.factor)).toEqual(report.settings.growth.factors);
    for (const level of report.growth) {
      expect(level.finished).toBe(true);
      for (const path of GROWTH_NUMBERS) expect(Number.isFinite(at(level, path)), `growth ${level.factor}× ${path}`).toBe(true);
    }
  });

  it('grows the synthetic knowledge base by the factor asked', () => {
    const [real, bigger] = report.growth;
    expect(bigger?.size.facts).toBe((real?.size.facts ?? 0) * (bigger?.factor ?? 0));
    expect(bigger?.size.sentences).toBe((real?.size.sentences ?? 0) * (bigger?.factor ?? 0));
  });

  it('starts the bot with the first article alone, then with each next one, and says what each added article costs', () => {
    const slugs = readdirSync(join(projectRoot, 'knowledge'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(report.articles.runs.map((run) => run.slugs)).toEqual(slugs.map((_slug, i) => slugs.slice(0, i + 1)));
    for (const run of report.articles.runs) {
      for (const field of ['healthyMs', 'firstAnswerMs', 'cpuMs', 'rssMb'] as const) expect(run[field], `${run.articles} ${field}`).toBeGreaterThan(0);
    }
  });

  it('samples memory while the questions run and never holds more sessions than MAX_SESSIONS', () => {
    expect(report.memory.samples.length).toBeGreaterThan(0);
    expect(report.memory.maxSessionsHeld).toBeLessThanOrEqual(report.memory.maxSessions);
  });

  it('runs the bot and both baselines through every workload, answering without errors, each with its ratios', () => {
    expect(report.http.workloads.map((workload) => workload.name)).toEqual(['openers', 'conversations', 'mixed']);
    for (const workload of report.http.workloads) {
      for (const server of [workload.bot, workload.parsing, workload.fixed]) {
        for (const field of LOAD_FIELDS) expect(Number.isFinite(server[field as keyof typeof server]), `${workload.name} ${field}`).toBe(true);
        expect(server.non2xx).toBe(0);
        expect(server.errors).toBe(0);
      }
      expect(workload.ratio).toBeCloseTo(workload.bot.requestsPerSecond / workload.parsing.requestsPerSecond);
      expect(workload.ceilingRatio).toBeCloseTo(workload.bot.requestsPerSecond / workload.fixed.requestsPerSecond);
    }
  });

  it('says which Node flags and rate limit the bot ran with', () => {
    expect(report.http.rateLimit).toHaveProperty('RATE_LIMIT_PER_MINUTE');
    expect(report.http.nodeFlags).toEqual(report.memory.nodeFlags.filter((flag) => flag !== '--expose-gc'));
  });

  it('profiles the bot under load into cost centres', () => {
    expect(report.profile.centres.length).toBeGreaterThan(0);
    expect(report.profile.centres.reduce((sum, centre) => sum + centre.share, 0)).toBeCloseTo(1);
  });

  it('names the slowest hostile question and its kind, asked again and asked first', () => {
    for (const worst of [report.engine.hostile?.worst, report.engine.hostile?.firstAsk.worst]) {
      expect(['long random words', 'repeated tokens', 'near-miss spellings']).toContain(worst?.kind);
      expect(worst?.question.length).toBeLessThanOrEqual(500);
    }
  });

  it('checks every target from the issues', () => {
    expect(report.targets.map((check) => check.name)).toEqual([
      'engine p99 (conversational mix)',
      'hostile worst vs typical question',
      'openers vs parsing Express',
      'conversations vs parsing Express',
      'npm start to healthy, unchanged',
      'start-up to first answer',
      'RSS after start-up',
      'RSS after conversations',
      'memory bounded under session load',
      '10× knowledge latency',
    ]);
    for (const check of report.targets) {
      expect(check.target).not.toBe('');
      expect(check.measured).not.toBe('');
      expect([true, false, null]).toContain(check.met);
    }
  });

  it('prints a table for each section', () => {
    for (const title of ['Engine:', 'HTTP:', 'Profile:', 'Start-up:', 'Start-up per added article:', 'Memory:', 'Growth:', 'Targets']) expect(printed).toContain(title);
  });
});
