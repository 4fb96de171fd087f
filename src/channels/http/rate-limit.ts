/**
 * Per-client rate limiting for the question API, with express-rate-limit.
 * A client may ask `burst` questions in each window of `burst / perMinute`
 * minutes (20 per 20 s by default): the sustained rate is `perMinute`, and a
 * refused request gets 429 `rate_limited` with `Retry-After` in whole
 * seconds. Health, readiness and metrics routes are never limited: they are
 * mounted apart from the routes this guards.
 *
 * Who is a client:
 * - its address (`req.ip`: `X-Forwarded-For` is believed only from the
 *   proxies in TRUST_PROXY), and only when that parses as an IP address:
 *   a trusted proxy that passes on junk counts as the client itself, so
 *   made-up values cannot each open a counter;
 * - for IPv6, its network (`ipv6Prefix` bits, /56 by default), since one
 *   host can use every address of its /64;
 * - addresses in `exempt` are not limited at all.
 *
 * The counters live in this process, or in Redis when a store is given, so
 * that N processes behind a load balancer enforce one limit, not N.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { Request, Response } from 'express';
import { rateLimit as expressRateLimit, ipKeyGenerator, type AugmentedRequest, type Store } from 'express-rate-limit';
import proxyaddr from 'proxy-addr';
import type { RateLimitConfig } from '../../config.js';
import { RequestError } from '../../errors.js';
import type { NodeMiddleware } from './node-middleware.js';

export interface RateLimitOptions extends RateLimitConfig {
  /** Where counters live; express-rate-limit's memory store when absent. */
  readonly store?: Store | undefined;
  /** Told when the store fails; the request is then let through unlimited. */
  readonly onStoreError?: (error: unknown) => void;
}

/** A middleware that refuses clients over the limit, each client its `clientAddress`; passes everything when `perMinute` is 0. */
export function rateLimit(options: RateLimitOptions, clientAddress: ClientAddress): NodeMiddleware {
  if (options.perMinute === 0) return (_req, _res, next) => next();
  const exempt = options.exempt.length === 0 ? undefined : blockList(options.exempt);
  const windowMs = Math.max(1000, Math.round((options.burst / options.perMinute) * 60_000));
  const onStoreError = options.onStoreError ?? (() => {});
  // express-rate-limit reads only Node's own request and response (our key and skip functions work out the address).
  const limiter = expressRateLimit({
    windowMs,
    limit: options.burst,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(clientAddress(req), options.ipv6Prefix),
    // CORS preflights are the browser's, not the reader's; they cost nothing to answer.
    skip: (req) => req.method === 'OPTIONS' || (exempt !== undefined && isExempt(exempt, clientAddress(req))),
    handler: (req, res, next) => {
      const resetTime = (req as AugmentedRequest).rateLimit?.resetTime?.getTime() ?? Date.now() + windowMs;
      const seconds = Math.max(1, Math.ceil((resetTime - Date.now()) / 1000));
      res.setHeader('Retry-After', String(seconds));
      next(new RequestError('rate_limited', `Too many questions from this address; try again in ${seconds} s.`));
    },
    ...(options.store === undefined ? {} : { store: options.store }),
    // A store that is down costs the limit, never the reader an answer.
    passOnStoreError: true,
    logger: { error: onStoreError, warn: onStoreError },
  });
  return (req, res, next) => void limiter(req as Request, res as Response, next);
}

export type ClientAddress = (req: IncomingMessage) => string;

/**
 * The client's address as Express's `req.ip` gives it (the first address
 * along `X-Forwarded-For` that is not a trusted proxy, with the same setting),
 * when it is an IP address, else the connecting peer (the proxy that sent junk).
 * Worked out with the library Express uses, so the requests Express never
 * sees (`direct-ask.ts`) get the same answer.
 */
export function clientAddresses(trustProxy: readonly string[] | number): ClientAddress {
  const trust = typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : proxyaddr.compile([...trustProxy]);
  // The limiter asks twice per request.
  const addresses = new WeakMap<IncomingMessage, string>();
  return (req) => {
    let address = addresses.get(req);
    if (address === undefined) {
      const ip = proxyaddr(req, trust);
      address = isIP(ip) !== 0 ? ip : (req.socket.remoteAddress ?? 'unknown');
      addresses.set(req, address);
    }
    return address;
  };
}

function blockList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function isExempt(list: BlockList, address: string): boolean {
  // An IPv4 client of a dual-stack listener shows as ::ffff:a.b.c.d; the list holds it as a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined) return list.check(mapped, 'ipv4');
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}
