import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A `next start` of the production build of its own, for tests that need their own settings or
 * their own database (the shared server of playwright.config.ts keeps running). Listens on a free
 * port of 127.0.0.1; `stop()` sends SIGTERM and waits for the process to end, as a deployment would.
 */
export class OwnServer {
  origin = '';
  private child: ChildProcess | undefined;
  private output = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.origin = `http://127.0.0.1:${port}`;
    const next = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    this.child = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, ...this.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`next start ended (${this.child.exitCode}):\n${this.output}`);
      try {
        if ((await fetch(`${this.origin}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`next start did not answer within 60 s:\n${this.output}`);
  }

  /** SIGTERM, then the exit (what is buffered is written first: lib/outcomes/recorder.ts). */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
