import type { Env } from './config.js';
import { isLoopbackAddress } from './services/loopback.js';

/** The variables the anonymous Teams rule reads. */
type AnonymousTeamsEnv = Pick<
  Env,
  | 'TEAMS_DEV_ANONYMOUS'
  | 'TEAMS_APP_ID'
  | 'TEAMS_APP_PASSWORD'
  | 'TEAMS_TENANT_ID'
  | 'NODE_ENV'
  | 'SLACK_BOT_TOKEN'
  | 'SLACK_API_URL'
>;

/** True when SLACK_API_URL is a loopback address: Slack is then a stand-in (tests, load runs). */
function slackIsLocal(apiUrl: string | undefined): boolean {
  if (apiUrl === undefined) return false;
  try {
    return isLoopbackAddress(new URL(apiUrl).hostname);
  } catch {
    return false;
  }
}

/**
 * Why TEAMS_DEV_ANONYMOUS=true cannot be honoured. Anonymous Teams is for a developer's machine:
 * next to Teams credentials, NODE_ENV=production or a Slack app that talks to the real Slack, the
 * server is meant for real use, and a tunnel to it would open an unauthenticated endpoint.
 */
export function findTeamsEnvProblems(env: AnonymousTeamsEnv): { path: string; message: string }[] {
  if (env.TEAMS_DEV_ANONYMOUS !== 'true') return [];
  const credential = (['TEAMS_APP_ID', 'TEAMS_APP_PASSWORD', 'TEAMS_TENANT_ID'] as const).find(
    (name) => env[name] !== undefined,
  );
  const conflicts = [
    ...(credential
      ? [`${credential} is set (unset TEAMS_DEV_ANONYMOUS to use the credentials)`]
      : []),
    ...(env.NODE_ENV === 'production' ? ['NODE_ENV is production'] : []),
    ...(env.SLACK_BOT_TOKEN !== undefined && !slackIsLocal(env.SLACK_API_URL)
      ? ['Slack is configured (SLACK_BOT_TOKEN) for real use']
      : []),
  ];
  return conflicts.map((conflict) => ({
    path: 'TEAMS_DEV_ANONYMOUS',
    message: `must not be true when ${conflict}: the anonymous Teams endpoint is for local development only`,
  }));
}
