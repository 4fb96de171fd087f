/**
 * A real `redis-server` (Debian's package) on a loopback port, with a
 * password, no persistence, and the ability to stop and start again on the
 * same port, as an outage and a recovery look to the bot.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from './free-port.js';

export const REDIS_PASSWORD = 'test-redis-secret-4c1e9';

export interface TestRedis {
  readonly port: number;
  /** `redis://:password@127.0.0.1:port/0`, as REDIS_URL. */
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Freezes the server (SIGSTOP): its port stays open and nothing answers, as when Redis hangs. */
  pause(): void;
  /** Lets a paused server run again (SIGCONT). */
  resume(): void;
}

export function requireRedisServer(): void {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('redis-server is not installed: run `apt-get install -y redis-server` (CI does, in .ci/run).');
  }
}

export async function testRedis(): Promise<TestRedis> {
  requireRedisServer();
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: TestRedis = {
    port,
    url: `redis://:${REDIS_PASSWORD}@127.0.0.1:${port}/0`,
    async start() {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', REDIS_PASSWORD];
      const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}:\n${output}`)), 10_000);
        started.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ready to accept connections')) {
            clearTimeout(timer);
            resolve();
          }
        });
        started.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`redis-server exited (${code}) on port ${port}:\n${output}`));
        });
      });
      started.removeAllListeners('exit');
    },
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
    async stop() {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}
