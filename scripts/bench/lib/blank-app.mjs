// @ts-check
// The reference: a blank Next.js app (root layout + one page with an <h1>), generated and built in
// this run with the app's own node_modules/.bin/next, so both use the same Next, React and bundler.
// It lives in bench/tmp/blank-app (git-ignored) and is deleted at the end of the run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { timedShell } from './util.mjs';

const files = {
  // Its own (empty) config: without it, Next would find the app's next.config.js further up.
  'next.config.mjs': 'export default {};\n',
  'app/layout.jsx': `export const metadata = { title: 'Blank' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return <h1>Blank Next.js page</h1>;
}
`,
};

/**
 * Generates the blank app into `dir` and builds it.
 * @param {{ root: string, dir: string, logFile: string }} o
 */
export async function buildBlankApp({ root, dir, logFile }) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const nextCli = path.join(root, 'node_modules', '.bin', 'next');
  const { seconds } = await timedShell(`"${nextCli}" build`, { cwd: dir, logFile });
  return { dir: path.relative(root, dir), buildSeconds: seconds, files: Object.keys(files) };
}
