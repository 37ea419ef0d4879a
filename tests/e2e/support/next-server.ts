import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * A `next start` of the built app that a test starts itself, with its own environment (a data
 * folder, a database, a rate limit), on 127.0.0.1:`port` (E2E_PORT + 2 or + 3, see
 * playwright.config.ts). `stop()` sends SIGTERM and waits for the process to exit.
 */
export class NextServer {
  private child: ChildProcess | undefined;
  private output = '';
  readonly origin: string;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  /** Starts it and waits until /api/health answers (with any status). */
  async start(): Promise<void> {
    const bin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    this.output = '';
    this.child = spawn(process.execPath, [bin, 'start', '-H', '127.0.0.1', '-p', String(this.port)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    this.child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
    for (let i = 0; ; i++) {
      if (this.child.exitCode !== null) throw new Error(`next start exited: ${this.output}`);
      try {
        await fetch(`${this.origin}/api/health`);
        return;
      } catch (error) {
        if (i > 300) throw new Error(`next start did not answer: ${this.output} ${String(error)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** Sends `signal` (SIGTERM by default) and resolves with the exit code once the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  get log(): string {
    return this.output;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }
}
