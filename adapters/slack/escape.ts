/**
 * Escaping for Slack's mrkdwn. Slack reads `&`, `<` and `>` as control characters
 * (https://api.slack.com/reference/surfaces/formatting#escaping), so text echoed back must
 * encode them; otherwise a question could form `<!channel>`, `<@U123>` or `<https://x|a link>`.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text shown literally in mrkdwn: no mention, broadcast or link can be formed from it. */
export function escapeMrkdwn(text: string): string {
  return (
    text
      .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
      // Plain "@here" is not a broadcast in API messages, but a word joiner keeps it inert even
      // if a client or a later `link_names` option would parse it.
      .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1')
  );
}

/** A Slack user id: U or W, then capitals and digits. */
const USER_ID = /^[UW][A-Z0-9]+$/;

/**
 * A mention of `userId` in mrkdwn. The id comes from the request, so anything that is not a user
 * id is written as escaped text: `U1> <!channel` must not close the mention and open a broadcast.
 */
export function mentionUser(userId: string): string {
  return USER_ID.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

/** The Answer's Markdown as mrkdwn: escaped, `**bold**` as Slack's `*bold*`, "- " as bullets. */
export function markdownToMrkdwn(markdown: string): string {
  return (
    escapeMrkdwn(markdown)
      .replace(/\*\*(.+?)\*\*/g, '*$1*')
      // Spaces and tabs only: \s would also cross line breaks, and run quadratic on many of them.
      .replace(/^([ \t]*)- /gm, '$1• ')
  );
}

/** How a `<…>` control sequence from Slack reads as plain words. */
function readableControl(inner: string, botUserId: string | undefined): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@'))
    return target.slice(1) === botUserId || label === undefined ? '' : `@${label}`;
  if (target.startsWith('#')) return label === undefined ? '' : `#${label}`;
  if (target.startsWith('!')) {
    const special = /^!(here|channel|everyone)$/.exec(target);
    return special ? `@${special[1]}` : (label ?? '');
  }
  return label ?? target;
}

/**
 * A Slack message's text as the plain question the core reads: the bot's own mention removed,
 * other mentions and links reduced to their labels, entities decoded.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => readableControl(inner, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
