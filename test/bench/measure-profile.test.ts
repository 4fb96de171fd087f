import { describe, expect, it } from 'vitest';
import { costCentreOf, summariseProfile } from '../../bench/measure-profile.js';

const fn = (name: string, location: string, selfMs: number) => ({ name, location, selfMs, totalMs: selfMs });

describe('cost centres of a profile', () => {
  it.each([
    [fn('(garbage collector)', '', 0), 'garbage collector'],
    [fn('(program)', '', 0), 'V8 and native code (program)'],
    [fn('next', 'node_modules/express/lib/router/index.js:12', 0), 'express'],
    [fn('send', 'node_modules/@slack/web-api/dist/index.js:3', 0), '@slack/web-api'],
    [fn('parserOnHeadersComplete', 'node:_http_server', 0), 'Node.js _http_server'],
    [fn('push', 'node:internal/streams/readable', 0), 'Node.js streams'],
    [fn('match', 'src/pipeline/match-facts.ts:88', 0), 'src/pipeline/match-facts.ts'],
    [fn('stringify', '(native)', 0), 'native built-ins'],
  ])('puts %o in %s', (time, centre) => {
    expect(costCentreOf(time)).toBe(centre);
  });
});

describe('a profile summary', () => {
  const times = [
    fn('(idle)', '', 5_000),
    fn('route', 'src/channels/http/ask-route.ts:60', 300),
    fn('classify', 'src/pipeline/classify-intent.ts:40', 500),
    fn('compose', 'src/pipeline/classify-intent.ts:80', 100),
    fn('(garbage collector)', '', 100),
  ];
  const summary = summariseProfile(times, 1_000, 'conversations');

  it('leaves idle time out and divides the rest by the requests', () => {
    expect(summary.sampledMs).toBe(1_000);
    expect(summary.usPerRequest).toBe(1_000);
  });

  it('sums a source file’s functions into one centre, costliest first', () => {
    expect(summary.centres.map((centre) => [centre.name, centre.usPerRequest, centre.share])).toEqual([
      ['src/pipeline/classify-intent.ts', 600, 0.6],
      ['src/channels/http/ask-route.ts', 300, 0.3],
      ['garbage collector', 100, 0.1],
    ]);
  });

  it('lists our own functions with where they are', () => {
    expect(summary.ownFunctions[0]).toMatchObject({ name: 'classify', location: 'src/pipeline/classify-intent.ts:40', usPerRequest: 500 });
    expect(summary.ownFunctions).toHaveLength(3);
  });
});
