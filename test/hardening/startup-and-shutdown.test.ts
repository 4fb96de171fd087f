/**
 * The process as operators see it: a bad setting stops start-up with one
 * message naming it (and never echoing a password); SIGTERM and SIGINT stop
 * the bot gracefully, finishing a request already in flight, and exit 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { ask, botEnv, eventually, PROJECT_ROOT, startBot } from './support/bot-process.js';

describe('loadConfig', () => {
  it.each([
    [{ PORT: '70000' }, /^PORT="70000" is not valid: use a whole number from 0 to 65535\.$/],
    [{ PORT: 'eighty' }, /^PORT="eighty"/],
    [{ KNOWLEDGE_DIR: '/no/such/folder' }, /^KNOWLEDGE_DIR="\/no\/such\/folder" is not a readable folder \(ENOENT\): set it to the folder of article folders/],
    [{ KNOWLEDGE_DIR: `${PROJECT_ROOT}package.json` }, /^KNOWLEDGE_DIR=".*package\.json" is not a readable folder \(not a folder\)/],
    [{ INTENTS_DIR: '/no/such/intents' }, /^INTENTS_DIR=/],
    [{ REDIS_URL: 'localhost:6379' }, /^REDIS_URL \(.*\) is not valid: use redis:\/\//],
    [{ REDIS_URL: 'http://cache:6379' }, /^REDIS_URL \(http:\/\/cache:6379\/?\) is not valid/],
    [{ REDIS_URL: 'redis://cache:6379/zero' }, /^REDIS_URL .* the path must be a database number/],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, /^RATE_LIMIT_PER_MINUTE="-1"/],
    [{ RATE_LIMIT_BURST: '0' }, /^RATE_LIMIT_BURST="0"/],
    [{ SHUTDOWN_TIMEOUT_SECONDS: '0' }, /^SHUTDOWN_TIMEOUT_SECONDS="0"/],
    [{ ANSWER_CACHE_SIZE: 'lots' }, /^ANSWER_CACHE_SIZE="lots" is not valid: use a whole number from 0 to 1000000\.$/],
    [{ REDIS_URL: 'redis://cache', REDIS_COMMAND_TIMEOUT_MS: '1' }, /^REDIS_COMMAND_TIMEOUT_MS="1"/],
    [{ TRUST_PROXY: 'the load balancer' }, /^TRUST_PROXY entry "the load balancer" is not valid/],
    [{ TRUST_PROXY: 'loopback, 10.0.0.0/99' }, /^TRUST_PROXY entry "10\.0\.0\.0\/99" is not valid/],
    [{ TRUST_PROXY: '11' }, /^TRUST_PROXY="11"/],
    [{ RATE_LIMIT_IPV6_PREFIX: '16' }, /^RATE_LIMIT_IPV6_PREFIX="16" is not valid: use a whole number from 32 to 128\.$/],
    [{ RATE_LIMIT_EXEMPT: '127.0.0.1, the bench' }, /^RATE_LIMIT_EXEMPT entry "the bench" is not valid: use IP addresses or CIDR ranges, comma-separated\.$/],
    [{ SHUTDOWN_DRAIN_MS: 'soon' }, /^SHUTDOWN_DRAIN_MS="soon"/],
    [{ SHUTDOWN_TIMEOUT_SECONDS: '2', SHUTDOWN_DRAIN_MS: '2000' }, /^SHUTDOWN_DRAIN_MS="2000" is not valid: it must be shorter than SHUTDOWN_TIMEOUT_SECONDS \(2000 ms\)/],
    [{ OPS_PORT: 'metrics' }, /^OPS_PORT="metrics"/],
  ])('rejects %o with one message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a Redis password in its message', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://:hunter2@cache:6379/db' })).toThrow(/redis:\/\/:\*\*\*@cache:6379\/db/);
    expect(() => loadConfig({ REDIS_URL: 'redis://:hunter2@cache:6379/db' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ REDIS_URL: 'not a url with hunter2' })).not.toThrow(/hunter2/);
  });

  it('reads Redis and limit settings, with defaults', () => {
    expect(loadConfig({}).redis).toBeUndefined();
    expect(loadConfig({}).rateLimit).toEqual({ perMinute: 60, burst: 20, ipv6Prefix: 56, exempt: [] });
    expect(loadConfig({ RATE_LIMIT_IPV6_PREFIX: '64', RATE_LIMIT_EXEMPT: '127.0.0.1, 10.1.0.0/16, ::1' }).rateLimit).toMatchObject({ ipv6Prefix: 64, exempt: ['127.0.0.1', '10.1.0.0/16', '::1'] });
    expect([loadConfig({}).shutdownDrainMs, loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '4' }).shutdownDrainMs, loadConfig({ SHUTDOWN_DRAIN_MS: '0' }).shutdownDrainMs]).toEqual([5000, 2000, 0]);
    expect([loadConfig({}).ops, loadConfig({ OPS_PORT: '9464' }).ops]).toEqual([undefined, { port: 9464, host: '127.0.0.1' }]);
    expect([loadConfig({}).answerCacheSize, loadConfig({ ANSWER_CACHE_SIZE: '0' }).answerCacheSize]).toEqual([1_000, 0]);
    expect(loadConfig({ REDIS_URL: 'rediss://u:p@cache.internal:6380/2' }).redis).toEqual({ url: 'rediss://u:p@cache.internal:6380/2', keyPrefix: 'article-bot:', commandTimeoutMs: 250 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimit.perMinute).toBe(0);
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.0.2.7' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.7']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });
});

describe('npm start with a bad setting', () => {
  it.each([
    [{ PORT: '99999' }, /^PORT="99999" is not valid/],
    [{ KNOWLEDGE_DIR: '/no/such/folder' }, /^KNOWLEDGE_DIR="\/no\/such\/folder" is not a readable folder/],
    [{ REDIS_URL: 'redis//:s3cret@cache' }, /^REDIS_URL \(that value\) is not valid/],
  ])('stops with exit code 1 and one line naming the setting (%o)', async (settings, message) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env: botEnv(settings), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toContain('s3cret');
  });

  it('loads no Slack, Botkit or Redis client code while Slack and Redis are off', () => {
    // Each cost start-up time and memory; they load only when configured.
    const script = `
      import { createRequire } from 'node:module';
      import { composeServer } from './src/compose-server.ts';
      import { loadConfig } from './src/config.ts';
      import { createLogger } from './src/operations/logger.ts';
      const composed = await composeServer(loadConfig(), createLogger({ level: 'silent' }));
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify(['@slack/web-api', 'botkit', 'ioredis'].filter((name) => loaded.some((path) => path.includes('/node_modules/' + name + '/')))));
      await composed.close();`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, env: botEnv(), encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual([]);
  });

  it('stops with a message naming PORT and HOST when the port is taken', async () => {
    const first = await startBot(botEnv());
    try {
      const port = new URL(first.url).port;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env: botEnv({ PORT: port }), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`Cannot listen on 127\\.0\\.0\\.1:${port} .*EADDRINUSE.*set PORT or HOST`));
    } finally {
      await first.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s finishes the request in flight, refuses new connections, and exits 0', async (signal) => {
    const bot = await startBot(botEnv({ SHUTDOWN_TIMEOUT_SECONDS: '5' }));
    const { hostname, port } = new URL(bot.url);
    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ question: 'How much profit did Huawei make?' });
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
    socket.write(`POST /api/ask HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalled = Date.now();
    process.kill(bot.pid, signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
    socket.end(body.slice(10));
    const code = await bot.exited;

    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain('"id":"s29"');
    const messages = bot.records().map((record) => record.msg);
    expect(messages).toContain('shutting down: draining, then finishing requests in flight');
    expect(messages.at(-1)).toBe('stopped');
  });

  it('exits 0 on SIGTERM even when nobody reads its log any more', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env: botEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = once(child, 'exit');
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('"msg":"listening"') && resolve()));
    // The log reader dies (a crashed log shipper): every later log line meets a broken pipe.
    child.stdout.destroy();
    const signalled = Date.now();
    child.kill('SIGTERM');
    // A bot stuck retrying its log writes would never exit by itself: do not leave it behind.
    const stuck = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const [code] = await exited;
    clearTimeout(stuck);
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5000);
  });
});

/** POSTs a question over `agent` (keep-alive), resolving with the status and the Connection header. */
function askOver(agent: Agent, url: string): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ question: 'How much profit did Huawei make?' });
    const req = request(`${url}/api/ask`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a bot whose log nobody reads', () => {
  it('answers 1,000 questions and /healthz, counts the log lines it dropped, and exits on SIGTERM within its shutdown timeout', async () => {
    // debug: two lines per question, the long question text included, so the pipe and the log buffer fill early.
    const bot = await startBot(botEnv({ LOG_LEVEL: 'debug', RATE_LIMIT_PER_MINUTE: '0', SHUTDOWN_TIMEOUT_SECONDS: '5' }), { stallStdout: true });
    const stuck = setTimeout(() => process.kill(bot.pid, 'SIGKILL'), 60_000);
    try {
      const statuses: number[] = [];
      const worker = async () => {
        while (statuses.length < 1000) statuses.push((await ask(bot.url, `How much profit did Huawei make? ${'Tell me more. '.repeat(30)}(${statuses.length})`)).status);
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const metrics = await (await fetch(`${bot.url}/metrics`)).text();
      expect(Number(/^bot_log_lines_dropped_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);
      const signalled = Date.now();
      expect(await bot.stop('SIGTERM')).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(5000);
    } finally {
      clearTimeout(stuck);
      await bot.stop('SIGKILL');
    }
  }, 90_000);
});

describe('draining on SIGTERM', () => {
  it('turns /readyz 503 at once, keeps answering for SHUTDOWN_DRAIN_MS with Connection: close, and fails no keep-alive client under load', async () => {
    const bot = await startBot(botEnv({ SHUTDOWN_DRAIN_MS: '1500', RATE_LIMIT_PER_MINUTE: '0' }));
    const agents = Array.from({ length: 10 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    const idle = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // An idle keep-alive connection, and ten busy ones: each client asks until told its connection closes.
      expect((await askOver(idle, bot.url)).connection).toBe('keep-alive');
      const failures: unknown[] = [];
      const last: Array<{ status: number; connection: string | undefined }> = [];
      let signalled = false;
      const clients = agents.map(async (agent) => {
        for (;;) {
          const answer = await askOver(agent, bot.url).catch((error: unknown) => (failures.push(error), undefined));
          if (answer === undefined || answer.status !== 200) return void last.push(answer ?? { status: 0, connection: undefined });
          if (signalled && answer.connection === 'close') return void last.push(answer);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      process.kill(bot.pid, 'SIGTERM');
      signalled = true;
      await eventually(async () => (await fetch(`${bot.url}/readyz`)).status === 503, 1000, 20);
      // Still listening and answering: a load balancer has time to notice.
      expect((await ask(bot.url, 'How much profit did Huawei make?')).status).toBe(200);
      await Promise.all(clients);
      expect(failures).toEqual([]);
      expect(last).toHaveLength(10);
      expect(last.every((answer) => answer.status === 200 && answer.connection === 'close')).toBe(true);
      expect(await bot.exited).toBe(0);
      expect(bot.records().map((record) => record.msg).at(-1)).toBe('stopped');
    } finally {
      for (const agent of [...agents, idle]) agent.destroy();
      await bot.stop('SIGKILL');
    }
  });
});

describe('OPS_PORT', () => {
  it('serves /metrics and /readyz on a loopback listener of their own, and /metrics no longer on the public port', async () => {
    const bot = await startBot(botEnv({ OPS_PORT: '0' }));
    try {
      await eventually(() => bot.records().some((record) => record.msg === 'operations listening'));
      const ops = String(bot.records().find((record) => record.msg === 'operations listening')?.url);
      expect(ops).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${ops}/metrics`)).status).toBe(200);
      expect(await (await fetch(`${ops}/readyz`)).json()).toMatchObject({ status: 'ready' });
      expect((await fetch(`${bot.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
      expect(await bot.stop('SIGTERM')).toBe(0);
    } finally {
      await bot.stop('SIGKILL');
    }
  });
});
