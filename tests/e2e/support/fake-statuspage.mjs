// A fake Statuspage server for the browser tests (started by playwright.config.ts):
// `/<fixture>/api/v2/summary.json` answers from tests/fixtures/statuspage/, and
// `/api/v2/summary.json` (no fixture named) answers "all good".
// - none, minor, major, maintenance: the fixture's JSON;
// - slow: "all good", but only after SLOW_MS (longer than the route's 3 s timeout);
// - error: HTTP 500;
// - invalid: an HTML error page sent as JSON.
// Usage: node tests/e2e/support/fake-statuspage.mjs <port>. Listens on 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? process.env.STATUSPAGE_PORT ?? 3101);
const SLOW_MS = 10_000;
const fixture = (name) => readFileSync(new URL(`../../fixtures/statuspage/${name}`, import.meta.url));
const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

const server = createServer((request, response) => {
  const match = /^\/(?:([a-z0-9-]+)\/)?api\/v2\/summary\.json$/.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  if (!match) {
    response.writeHead(404, json).end('{"error":"not found"}');
    return;
  }
  const name = match[1] ?? 'none';
  switch (name) {
    case 'none':
    case 'minor':
    case 'major':
    case 'maintenance':
      response.writeHead(200, json).end(fixture(`${name}.json`));
      return;
    case 'slow': {
      const timer = setTimeout(() => response.writeHead(200, json).end(fixture('none.json')), SLOW_MS);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    case 'error':
      response.writeHead(500, json).end('{"error":"internal server error"}');
      return;
    case 'invalid':
      response.writeHead(200, json).end(fixture('invalid.txt'));
      return;
    default:
      response.writeHead(404, json).end('{"error":"no such fixture"}');
  }
});

server.listen(port, '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
