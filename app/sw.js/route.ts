import { sitePages } from '@/lib/directory';
import { serviceWorker } from '@/lib/offline';

export const dynamic = 'force-static';

/** The service worker script, generated at build time with the pages to keep for offline use. */
export function GET() {
  const version = Date.now().toString(36);
  const pages = sitePages().map((p) => p.path);
  const source = `(${serviceWorker.toString()})(self, ${JSON.stringify(version)}, ${JSON.stringify(pages)});\n`;
  return new Response(source, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Service-Worker-Allowed': '/',
    },
  });
}
