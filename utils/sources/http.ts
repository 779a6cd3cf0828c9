// One request to a source or a webhook: with a timeout, and every way it can fail turned into a
// short code. Codes, never raw error text: an error message may carry the URL, and a webhook URL
// is a secret.

export type ProblemCode =
  /** 429, or 503 with Retry-After: the server asked us to wait. */
  | 'rate-limited'
  /** 5xx. */
  | 'server'
  /** DNS, connection refused, offline. */
  | 'network'
  | 'timeout'
  /** 2xx with a body that is not JSON or not the documented shape. */
  | 'bad-response'
  /** 401/403: needs a token, or the server refused us. */
  | 'refused'
  /** 404 / 410: a wrong instance, hashtag or webhook address. */
  | 'not-found'
  /**
   * 3xx: the server sent the request elsewhere, and it was not followed (the search terms and a
   * token go only to the address the user chose and granted). A moved instance: enter its new address.
   */
  | 'redirected'
  /** Another 4xx: the request itself is wrong. */
  | 'client'
  /** Firebreak does not hold the host permission, so it did not ask. */
  | 'permission'
  /** The brand profile has nothing this source can search for. */
  | 'no-terms'
  /** The source is not set up (a Mastodon source without an instance). */
  | 'not-configured'
  /** The mentions could not be stored (a full disk, say). */
  | 'storage';

export interface Problem {
  code: ProblemCode;
  /** The HTTP status, where there was one. */
  status?: number;
  /** How long the server asked us to wait, ms (Retry-After). */
  retryAfterMs?: number;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Larger than any page of search results: a runaway body is refused, not parsed. */
const MAX_BODY_CHARS = 5_000_000;

/**
 * Retry-After as ms from `now`: delay-seconds ("120") or an HTTP date. Undefined when absent or
 * unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  if (/^\d{1,10}$/.test(raw)) return Number(raw) * 1000;
  // An HTTP date names its month; Date.parse would also read "-5" as a year.
  if (!/[A-Za-z]{3}/.test(raw)) return undefined;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** The problem an HTTP status stands for, or null for success. */
export function problemOfStatus(status: number, retryAfter: string | null, now: number): Problem | null {
  if (status >= 200 && status < 300) return null;
  const retryAfterMs = parseRetryAfter(retryAfter, now);
  const withRetry = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429 || (status === 503 && retryAfterMs !== undefined)) return { code: 'rate-limited', status, ...withRetry };
  if (status >= 500) return { code: 'server', status, ...withRetry };
  if (status === 401 || status === 403) return { code: 'refused', status };
  if (status === 404 || status === 410) return { code: 'not-found', status };
  return { code: 'client', status };
}

export type FetchResult = { ok: true; status: number; body: unknown } | { ok: false; problem: Problem };

function problemOfThrown(error: unknown, signal: AbortSignal): Problem {
  if (signal.aborted || (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))) return { code: 'timeout' };
  return { code: 'network' };
}

/**
 * One request, given up after `timeoutMs` (body included), without cookies (the public endpoints
 * need none, and the user's sessions are none of their business). Never throws: a network failure
 * or a timeout is a Problem.
 */
async function exchange<T>(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  read: (response: Response) => Promise<T>,
): Promise<T | { ok: false; problem: Problem }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await read(await fetchFn(url, { ...init, signal: controller.signal, credentials: 'omit' }));
  } catch (error) {
    return { ok: false, problem: problemOfThrown(error, controller.signal) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A redirect that was not followed: a browser's opaque redirect (status 0, no Location: what
 * `redirect: 'manual'` gives there), or the 3xx itself (what other fetches give).
 */
function redirectProblem(response: Response): Problem | null {
  if (response.type === 'opaqueredirect') return { code: 'redirected' };
  return response.status >= 300 && response.status < 400 ? { code: 'redirected', status: response.status } : null;
}

/** GETs JSON, following no redirect. Never throws: every failure is a Problem. */
export function fetchJson(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  options: { timeoutMs?: number; now?: number } = {},
): Promise<FetchResult> {
  const now = options.now ?? Date.now();
  // Never followed: a redirect would take the query (the brand's terms) and the user's token to a
  // host they never chose or granted. A browser hides where a redirect leads until it has followed
  // it, so one within the same site cannot be told from one that leaves it: none is followed.
  return exchange(fetchFn, url, { method: 'GET', headers, redirect: 'manual' }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (response): Promise<FetchResult> => {
    const problem = redirectProblem(response) ?? problemOfStatus(response.status, response.headers.get('retry-after'), now);
    if (problem) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem };
    }
    const text = await response.text();
    if (text.length > MAX_BODY_CHARS) return { ok: false, problem: { code: 'bad-response', status: response.status } };
    try {
      return { ok: true, status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, problem: { code: 'bad-response', status: response.status } };
    }
  });
}

/** POSTs a JSON payload (a webhook). Never throws: every failure is a Problem. */
export function postJson(fetchFn: FetchLike, url: string, payload: unknown, options: { timeoutMs?: number; now?: number } = {}): Promise<{ ok: true; status: number } | { ok: false; problem: Problem }> {
  const now = options.now ?? Date.now();
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
    // A webhook that redirects elsewhere would send the alert to a host the user never allowed.
    redirect: 'error',
  };
  return exchange(fetchFn, url, init, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (response) => {
    await response.body?.cancel().catch(() => undefined);
    const problem = problemOfStatus(response.status, response.headers.get('retry-after'), now);
    return problem ? { ok: false as const, problem } : { ok: true as const, status: response.status };
  });
}
