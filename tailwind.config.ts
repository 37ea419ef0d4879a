import type { Config } from 'tailwindcss';

/**
 * Design tokens. Tailwind v4 reads this file through `@config` in app/globals.css.
 * Colours are chosen for WCAG AA contrast on white (checked by the axe scans in tests/e2e).
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './content/**/*.ts', './lib/**/*.ts'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef5ff',
          100: '#d9e8ff',
          600: '#1f5fbf',
          700: '#194d9b',
          800: '#143d7a',
        },
        calm: {
          50: '#f6f7f9',
          100: '#eceef2',
          600: '#4b5563',
          800: '#1f2937',
        },
        ok: { 50: '#ecfdf3', 700: '#126b3a' },
        warn: { 50: '#fff8e6', 600: '#8a5300', 700: '#6e4200' },
        danger: { 50: '#fdeeee', 700: '#a11d1d' },
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Hiragino Sans"',
          '"Hiragino Kaku Gothic ProN"',
          '"Noto Sans JP"',
          '"Yu Gothic UI"',
          'Meiryo',
          'sans-serif',
        ],
      },
      maxWidth: {
        prose: '40rem',
      },
    },
  },
};

export default config;
