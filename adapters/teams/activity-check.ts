import { z } from 'zod';
import { stripControlCharacters } from './escape.js';

/**
 * Characters that would change the path of a connector call: the SDK puts conversation.id into
 * `v3/conversations/{id}/activities` without encoding it. Teams ids ("a:1Xq8…",
 * "19:…@thread.tacv2;messageid=…") never hold them.
 */
const PATH_CHARACTERS = ['/', '\\', '?', '#', '%'];

/** A conversation id that stays one path segment of the connector URL. */
const ConversationId = z
  .string()
  .min(1)
  .refine((id) => !PATH_CHARACTERS.some((c) => id.includes(c)) && id !== '.' && id !== '..', {
    error: 'must not contain /, \\, ?, # or %, nor be . or ..',
  });

/** The fields every activity needs before the SDK sees it; Teams always sends them. */
const RequiredFields = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  conversation: z.looseObject({ id: ConversationId }),
  from: z.looseObject({ id: z.string().min(1) }),
});

/** Why an incoming body is refused, with the HTTP status to answer. */
export interface ActivityProblem {
  status: 400;
  error: string;
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  return ['activity', ...path.map(String)].join('.');
}

/**
 * Checks an incoming body before the SDK handles it: a JSON object with type, serviceUrl,
 * conversation.id and from.id, and a serviceUrl that replies are allowed to go to.
 */
export function checkActivity(
  body: unknown,
  isServiceUrlAllowed: (url: string) => boolean,
): ActivityProblem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { status: 400, error: 'expected an activity: a JSON object sent as application/json' };
  const parsed = RequiredFields.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
    return { status: 400, error: `malformed activity: ${details.join('; ')}` };
  }
  if (!isServiceUrlAllowed(parsed.data.serviceUrl)) {
    const shown = stripControlCharacters(parsed.data.serviceUrl).slice(0, 200);
    return { status: 400, error: `replies to serviceUrl ${shown} are not allowed` };
  }
  return undefined;
}
