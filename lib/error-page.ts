import type { Locale } from '@/lib/i18n';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/**
 * A small HTML page for the few answers proxy.ts gives without the app (a bad address, the
 * framework's internal names): no script, no style of its own, a link to the start.
 */
export function errorPage({ locale, siteName, title, body, start }: { locale: Locale; siteName: string; title: string; body: string; start: string }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)} | ${escapeHtml(siteName)}</title></head>`,
    `<body><main><p>${escapeHtml(siteName)}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>`,
    `<p><a href="/${locale}">${escapeHtml(start)}</a></p></main></body>`,
    '</html>',
  ].join('\n');
}
