import { httpErrors } from '@/content/http-errors';
import { getMessages } from '@/content';
import { errorPage } from '@/lib/error-page';
import { isLocale, type Locale } from '@/lib/i18n';
import { clearedSessionCookie, createFailureLimiter, createSession, insightsConfig, sessionCookie, verifyPassword, type FailureLimiter } from '@/lib/insights-auth';
import { fill } from '@/lib/template';
import { clientAddress } from '@/lib/outcomes/rate-limit';

/**
 * `POST /api/insights/session`: the insights page's sign-in and sign-out form
 * (application/x-www-form-urlencoded: `locale`, `intent` = signIn | signOut, `password`).
 * Answers with a 303 back to the page (with the session cookie, or `?error=wrong`), or 429 when
 * an address sent too many wrong passwords. A plain form POST, so it works without JavaScript;
 * under /api/ because pages answer GET and HEAD only (lib/request-guard.ts).
 */
export const dynamic = 'force-dynamic';

const MAX_BODY = 2048;
const LIMITER_KEY = Symbol.for('login-help.insights.failures');
const limiter = ((globalThis as { [LIMITER_KEY]?: FailureLimiter })[LIMITER_KEY] ??= createFailureLimiter());

const isHttps = (request: Request) => request.headers.get('x-forwarded-proto') === 'https' || new URL(request.url).protocol === 'https:';

function back(locale: Locale, query = '', cookie?: string): Response {
  const headers = new Headers({ Location: `/${locale}/support/insights${query}`, 'Cache-Control': 'no-store' });
  if (cookie) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** Another site's form must not sign anyone in or out (the cookie is SameSite=Strict as well). */
function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const host = request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY) return new Response('Payload too large', { status: 413 });
  if (crossSite(request)) return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });

  let form: URLSearchParams;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY) return new Response('Payload too large', { status: 413 });
    form = new URLSearchParams(text);
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const requested = form.get('locale') ?? '';
  const locale: Locale = isLocale(requested) ? requested : 'ja';
  const secure = isHttps(request);

  if (form.get('intent') === 'signOut') return back(locale, '', clearedSessionCookie({ secure }));

  const config = insightsConfig();
  if (!config) return back(locale);

  const address = clientAddress(request.headers);
  const tooMany = () => {
    const seconds = limiter.retryAfter(address);
    const { insights, ui } = getMessages(locale);
    const body = fill(insights.tooManyAttempts, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    const html = errorPage({ locale, siteName: ui.siteName, title: insights.signInHeading, body, start: httpErrors[locale].start });
    return new Response(html, {
      status: 429,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(seconds), 'Cache-Control': 'no-store', 'Content-Language': locale },
    });
  };
  if (limiter.blocked(address)) return tooMany();

  const password = form.get('password') ?? '';
  if (password && password.length <= 1024 && verifyPassword(password, config.passwordHash)) {
    const { token } = createSession(config.sessionKey);
    return back(locale, '', sessionCookie(token, { secure }));
  }
  limiter.fail(address);
  return limiter.blocked(address) ? tooMany() : back(locale, '?error=wrong');
}
