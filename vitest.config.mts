import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // `vitest bench` (run by `npm run bench`, not by `npm run check`): micro-benchmarks of lib/.
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    // Property tests run hundreds of cases: on a shared 2-core machine under load, 5 s (the
    // default) measures the machine, not the code. A hang still fails.
    testTimeout: 30_000,
  },
});
