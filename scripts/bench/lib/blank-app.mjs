// @ts-check
// The reference: a blank Next.js app (root layout + one page with an <h1>), generated and built in
// this run with the app's own node_modules/.bin/next, so both use the same Next, React and bundler.
// It lives in bench/tmp/blank-app (git-ignored) and is deleted at the end of the run. The second
// reference (`buildStyledBlankApp`, bench/tmp/blank-styled) adds one step page's stylesheet and text.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * Writes `files` into a fresh `dir` and builds them.
 * @param {{ root: string, dir: string, logFile: string, files: Record<string, string> }} o
 */
async function writeAndBuild({ root, dir, logFile, files }) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const nextCli = path.join(root, 'node_modules', '.bin', 'next');
  const { seconds } = await timedShell(`"${nextCli}" build`, { cwd: dir, logFile });
  return { dir: path.relative(root, dir), buildSeconds: seconds, files: Object.keys(files) };
}

/**
 * Generates the blank app into `dir` and builds it.
 * @param {{ root: string, dir: string, logFile: string }} o
 */
export async function buildBlankApp({ root, dir, logFile }) {
  return writeAndBuild({ root, dir, logFile, files });
}

/** The page whose stylesheet and text the second reference carries: the Japanese question with the most answers. */
export const STYLED_REFERENCE_PATH = '/ja/bitmex';

/**
 * The second reference (decision 013): the blank app whose layout imports the app's stylesheet and
 * whose page is the prerendered HTML of `pagePath` (from the app's `.next`) without its scripts,
 * templates and comments. It paints what the step page paints, with none of the step page's
 * scripts: the gap between it and the blank page is the stylesheet and the text, the gap between
 * the step page and it is the step page's own script work.
 * @param {{ root: string, dir: string, logFile: string, pagePath: string }} o
 */
export async function buildStyledBlankApp({ root, dir, logFile, pagePath }) {
  const html = readFileSync(path.join(root, '.next', 'server', 'app', `${pagePath}.html`), 'utf8');
  const stylesheet = /<link rel="stylesheet" href="\/_next\/(static\/[^"]+\.css)"/.exec(html)?.[1];
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1];
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  if (!stylesheet || body === undefined) throw new Error(`${pagePath}: no stylesheet or body in the prerendered HTML`);
  const markup = body
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<template\b[\s\S]*?<\/template>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  return writeAndBuild({
    root,
    dir,
    logFile,
    files: {
      'next.config.mjs': files['next.config.mjs'] ?? '',
      'app/globals.css': readFileSync(path.join(root, '.next', stylesheet), 'utf8'),
      'app/layout.jsx': `import './globals.css';

export const metadata = { title: 'Blank with ${pagePath}' };

export default function RootLayout({ children }) {
  return (
    <html lang=${JSON.stringify(lang)}>
      <body>{children}</body>
    </html>
  );
}
`,
      'app/page.jsx': `const html = ${JSON.stringify(markup)};

export default function Page() {
  return <div style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: html }} />;
}
`,
    },
  });
}
