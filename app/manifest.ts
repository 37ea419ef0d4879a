import type { MetadataRoute } from 'next';
import { getMessages } from '@/content';

/** Installable web app: starts at the diagnosis in the browser's language. */
export default function manifest(): MetadataRoute.Manifest {
  const { ui } = getMessages('ja');
  return {
    name: ui.siteName,
    short_name: 'ログイン診断',
    description: ui.siteDescription,
    lang: 'ja',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#194d9b',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/192', sizes: '192x192', type: 'image/png' },
      { src: '/icons/512', sizes: '512x512', type: 'image/png' },
      { src: '/icons/512', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
