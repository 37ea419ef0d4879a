#!/usr/bin/env node
/**
 * Prints a scrypt hash for INSIGHTS_PASSWORD_HASH (the insights page's staff password):
 *   npm run insights:hash-password             (asks for the password on the terminal, or reads stdin)
 *   npm run insights:hash-password -- 'secret' (from the command line: it stays in the shell history)
 * Format `scrypt$N$r$p$saltBase64$hashBase64`, checked by lib/insights-auth.ts. Quote it in a
 * shell: INSIGHTS_PASSWORD_HASH='scrypt$32768$8$1$…'.
 */
import { randomBytes, scryptSync } from 'node:crypto';
import { createInterface } from 'node:readline';

const N = 32768;
const r = 8;
const p = 1;

async function readPassword() {
  if (process.argv[2] !== undefined) return process.argv[2];
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write('Password for the insights page: ');
  // Do not echo what is typed.
  rl._writeToOutput = () => {};
  const answer = await new Promise((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

const password = await readPassword();
if (password.length < 12) {
  console.error('Use a password of at least 12 characters.');
  process.exit(1);
}
const salt = randomBytes(16);
const hash = scryptSync(password.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
console.log(['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$'));
