import { createServer } from 'node:net';

/**
 * A free port of 127.0.0.1, for a server a spec starts itself: it may run beside the suite's
 * servers (E2E_PORT, + 1 for the fake Statuspage) and those other specs start.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
