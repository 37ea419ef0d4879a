import { defaultIngestDeps, ingest, methodNotAllowed } from '@/lib/outcomes/ingest';

/**
 * `POST /api/outcomes`: anonymous outcomes of the wizard, `{ "events": [ … ] }` (at most 20) or one
 * event, checked against the machine and buffered for the database (lib/outcomes/ingest.ts,
 * docs/decisions/006-outcomes.md). Nothing about the sender is stored: no address, no user agent,
 * no cookie. Any other method → 405.
 */
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return ingest(request, defaultIngestDeps());
}

export const GET = methodNotAllowed;
export const HEAD = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
