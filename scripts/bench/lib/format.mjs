// @ts-check
// Number formats and Markdown helpers shared by the report sections of the phases.

/** @param {number | null | undefined} bytes kB with one decimal (1 kB = 1000 bytes), or – */
export const kb = (bytes) => (typeof bytes === 'number' ? (bytes / 1000).toFixed(1) : '–');
/** @param {number | null | undefined} v @param {number} [d] */
export const ms = (v, d = 0) => (typeof v === 'number' ? `${v.toFixed(d)} ms` : '–');
/** @param {number | null | undefined} v @param {number} [d] */
export const num = (v, d = 0) => (typeof v === 'number' ? v.toFixed(d) : '–');
/** @param {number | null | undefined} bytes signed kB (+1.2 / −0.4) */
export const signed = (bytes) => (typeof bytes === 'number' ? `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}` : '–');

/** @param {boolean | null} met */
export const status = (met) => (met === null ? 'not measured' : met ? '✅ met' : '❌ missed');

/**
 * A Markdown table.
 * @param {string[]} head
 * @param {string[][]} rows
 */
export function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
