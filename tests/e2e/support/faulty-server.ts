import { createServer, request as httpRequest, type Server } from 'node:http';
import { origin } from './http';

/**
 * A forwarder in front of the server under test that can be told to answer every page with a
 * 500, as a crashed or misconfigured deployment would: to see what the offline worker does with a
 * 5xx. It listens on a free port of 127.0.0.1 (a secure context, so service workers work there).
 */
export class FaultyServer {
  failPages = false;
  private server: Server | undefined;
  origin = '';

  async start(): Promise<void> {
    const target = new URL(origin);
    this.server = createServer((req, res) => {
      const isPage = (req.headers.accept ?? '').includes('text/html') && !req.headers.rsc;
      if (this.failPages && isPage) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('the server is broken');
        return;
      }
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address !== 'object') throw new Error('no address');
    this.origin = `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
