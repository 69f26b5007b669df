import { createHmac, randomBytes } from 'node:crypto';

/** Turns a platform's user id into the pseudonym the log stores; never stores the id itself. */
export interface AskerKey {
  /** HMAC-SHA256 of `platform:id` in hex: the same person gets the same pseudonym. */
  pseudonym(platform: string, id: string): string;
  /** True when the key is this process's own random one (QUESTION_LOG_SECRET unset). */
  readonly ephemeral: boolean;
}

/**
 * The keyed hash that stands in for askers (GDPR's pseudonymisation). With no secret, a random
 * key lives in this process's memory only: the same person is linked within a run, so that one
 * person's second click changes their feedback, but never across restarts, and nobody holding
 * the database alone can recompute whose hash is whose.
 */
export function createAskerKey(secret: string | undefined): AskerKey {
  const key = secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
  return {
    pseudonym: (platform, id) =>
      createHmac('sha256', key).update(`${platform}:${id}`).digest('hex'),
    ephemeral: secret === undefined,
  };
}
