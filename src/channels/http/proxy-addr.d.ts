/** Types for proxy-addr, the library Express works `req.ip` out with (it ships none). */
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  /** Whether to believe the hop at `address`, `hop` steps from this server. */
  type Trust = (address: string, hop: number) => boolean;

  /** The client's address: the first untrusted one along the `X-Forwarded-For` chain. */
  function proxyaddr(req: IncomingMessage, trust: Trust): string;
  namespace proxyaddr {
    function compile(addresses: string[]): Trust;
  }
  export default proxyaddr;
}
