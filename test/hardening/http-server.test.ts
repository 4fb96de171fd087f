/** The HTTP server's limits on slow clients hold to their stated time, not to Node's 30 s check. */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/channels/http/create-http-server.js';

describe('createHttpServer', () => {
  it('drops a client that never finishes its headers soon after the header timeout', async () => {
    const server = createHttpServer((_req, res) => res.end('ok'), { headersMs: 500, requestMs: 1000 });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      const closed = once(socket, 'close').then(() => 'closed');
      // Without a short checking interval, Node would look at this connection only after 30 s.
      const outcome = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 3000))]);
      socket.destroy();
      expect(outcome).toBe('closed');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
