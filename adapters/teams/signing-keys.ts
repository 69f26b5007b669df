import { z } from 'zod';

/** A JWKS document: only the key ids matter here, the SDK reads the keys themselves. */
const Jwks = z.object({ keys: z.array(z.looseObject({ kid: z.string().optional() })) });

/**
 * Unknown key ids fetch a JWKS URI again at most once a minute. Microsoft publishes a signing
 * key well before tokens use it, so a list a minute old already holds it.
 * https://learn.microsoft.com/entra/identity-platform/signing-key-rollover
 */
const REFRESH_MS = 60_000;
/** After a failed fetch, the next try comes sooner: the keys are needed for every request. */
const RETRY_AFTER_FAILURE_MS = 5_000;
/** A key list that does not come within this counts as a failed fetch. */
const FETCH_TIMEOUT_MS = 5_000;

/** Whether a key id is published at a JWKS URI, and why not when the list could not be read. */
export interface KeyLookup {
  published: boolean;
  /** The last fetch's error, when it failed. */
  fetchError?: string;
}

/** Which signing key ids each JWKS URI publishes, fetched on demand and at most once a minute. */
export interface PublishedKeys {
  lookup(jwksUri: string, kid: string): Promise<KeyLookup>;
}

interface KeyList {
  kids: Set<string>;
  staleAt: number;
  fetchError?: string;
}

async function fetchKeyIds(jwksUri: string): Promise<Set<string>> {
  const res = await fetch(jwksUri, {
    redirect: 'error',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const { keys } = Jwks.parse(await res.json());
  return new Set(keys.flatMap((key) => (key.kid === undefined ? [] : [key.kid])));
}

function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof cause === 'string' ? `${message} (${cause})` : message).slice(0, 200);
}

/**
 * The key ids published at each JWKS URI. An id not in the list fetches it again only when the
 * list is stale, so a flood of tokens naming made-up ids costs one request a minute rather than
 * one each; a failed fetch keeps the last list. Concurrent misses share one fetch.
 */
export function createPublishedKeys(now: () => number = Date.now): PublishedKeys {
  const lists = new Map<string, KeyList>();
  const fetching = new Map<string, Promise<KeyList>>();
  const refresh = (jwksUri: string): Promise<KeyList> => {
    const pending = fetching.get(jwksUri);
    if (pending) return pending;
    const last = lists.get(jwksUri);
    const next = fetchKeyIds(jwksUri)
      .then((kids): KeyList => ({ kids, staleAt: now() + REFRESH_MS }))
      .catch(
        (error: unknown): KeyList => ({
          kids: last?.kids ?? new Set(),
          staleAt: now() + RETRY_AFTER_FAILURE_MS,
          fetchError: describeFailure(error),
        }),
      )
      .then((list) => {
        lists.set(jwksUri, list);
        return list;
      })
      .finally(() => fetching.delete(jwksUri));
    fetching.set(jwksUri, next);
    return next;
  };
  return {
    async lookup(jwksUri, kid) {
      const cached = lists.get(jwksUri);
      const list =
        cached && (cached.kids.has(kid) || now() < cached.staleAt)
          ? cached
          : await refresh(jwksUri);
      return {
        published: list.kids.has(kid),
        ...(list.fetchError === undefined ? {} : { fetchError: list.fetchError }),
      };
    },
  };
}
