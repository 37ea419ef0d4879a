// @ts-check
// `next start` for the app or the blank app, bound to 127.0.0.1 on a port in 3400-3499.
// The server runs in its own process group so stop() ends it and only it. On this shared machine a
// server can disappear under us (another job ending processes), so ensure() checks and restarts it;
// every restart is counted and reported.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort, log, sleep } from './util.mjs';

/**
 * @typedef {object} Response
 * @property {number} status
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {Buffer} body
 */

/**
 * One HTTP GET; resolves with status, headers and the body bytes exactly as sent (not decoded).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<Response>}
 */
export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: 30_000 }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
  });
}

export class NextServer {
  /**
   * @param {object} o
   * @param {string} o.name label in the log
   * @param {string} o.dir the app folder (holds .next)
   * @param {string} o.nextBin path of next's CLI (node_modules/next/dist/bin/next)
   * @param {string} o.logFile where the server's output goes
   * @param {string} [o.probe] path answered once the server is up
   * @param {Record<string, string>} [o.env] environment variables beside the run's own
   */
  constructor({ name, dir, nextBin, logFile, probe = '/', env = {} }) {
    this.env = env;
    this.name = name;
    this.dir = dir;
    this.nextBin = nextBin;
    this.logFile = logFile;
    this.probe = probe;
    /** @type {{ process: import('node:child_process').ChildProcess, exited: boolean } | null} */
    this.child = null;
    /** @type {number | null} */
    this.port = null;
    this.restarts = 0;
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts it on a free port (the same one again on a restart). @param {number[]} [exclude] ports not to take */
  async start(exclude = []) {
    // BENCH_PORTS=3121-3129 keeps the servers in a range of one's own on a shared machine.
    const [from, to] = (process.env.BENCH_PORTS ?? '3410-3499').split('-').map(Number);
    this.port = this.port ?? (await freePort(from, to, exclude));
    const fd = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [this.nextBin, 'start', '-H', '127.0.0.1', '-p', String(this.port)], {
      cwd: this.dir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...this.env },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    const handle = { process: child, exited: false };
    child.on('exit', () => {
      handle.exited = true;
    });
    this.child = handle;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (handle.exited) throw new Error(`${this.name} server exited at start; see ${path.relative(process.cwd(), this.logFile)}`);
      try {
        await get(this.origin + this.probe);
        log(`${this.name} server up on ${this.origin} (pid ${child.pid})`);
        return this;
      } catch {
        await sleep(200);
      }
    }
    throw new Error(`${this.name} server did not answer within 60 s`);
  }

  /** Restarts the server when it died or stopped answering. Returns true when it had to. */
  async ensure() {
    let up = this.child !== null && !this.child.exited;
    if (up) {
      try {
        await get(this.origin + this.probe);
      } catch {
        up = false;
      }
    }
    if (up) return false;
    log(`${this.name} server was gone: restarting it`);
    this.restarts += 1;
    await this.stop();
    await this.start();
    return true;
  }

  async stop() {
    const handle = this.child;
    this.child = null;
    const pid = handle?.process.pid;
    if (!handle || handle.exited || pid === undefined) return;
    const gone = new Promise((resolve) => handle.process.once('exit', resolve));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  }
}
