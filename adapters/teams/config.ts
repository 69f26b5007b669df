import type { Config } from '../../src/config.js';
import { type ResolveAll, resolvesToLoopback } from '../../src/services/loopback.js';

/** The Teams part of the configuration, as `mountTeams` needs it. */
export type TeamsConfig = Config['teams'] &
  Pick<Config, 'host' | 'nodeEnv'> & {
    /** PUBLIC_URL: where the directory is, for the welcome card's link; optional in tests. */
    publicUrl?: string | undefined;
    /**
     * Loopback stand-ins for Microsoft's services, for tests only; never read from the
     * environment. `authority` replaces https://login.microsoftonline.com (token signing keys are
     * fetched from `{authority}/{tenant}/discovery/v2.0/keys`), `tokenSidecarUrl` makes the SDK
     * fetch outbound tokens from an Entra sidecar there instead of MSAL, and `serviceUrlHosts`
     * adds hosts that replies may be posted to.
     */
    testEndpoints?: {
      authority?: string;
      tokenSidecarUrl?: string;
      serviceUrlHosts?: readonly string[];
    };
  };

/** The Teams part of the process configuration, for `mountTeams`. */
export function teamsConfigFrom(config: Config): TeamsConfig {
  return {
    ...config.teams,
    host: config.host,
    nodeEnv: config.nodeEnv,
    publicUrl: config.publicUrl,
  };
}

/** How the endpoint runs: every token validated, anonymous on loopback when asked, or not at all. */
export type TeamsMode = 'authenticated' | 'anonymous-dev' | 'off';

/** The mode and, for the log, why. */
export interface TeamsModeDecision {
  mode: TeamsMode;
  reason: string;
}

/** Loopback host names; anonymous mode only replies to these. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

/**
 * Decides how /api/messages runs. Without credentials the endpoint would post replies to
 * whatever `serviceUrl` a caller sends, so it runs anonymously only when asked to
 * (TEAMS_DEV_ANONYMOUS=true), never in production, and only where nobody else can reach it:
 * every address HOST resolves to is loopback. loadConfig refuses the variable next to Teams
 * credentials or a real Slack; this function is the second check, and the one that resolves HOST.
 */
export async function decideTeamsMode(
  config: TeamsConfig,
  resolve?: ResolveAll,
): Promise<TeamsModeDecision> {
  if (config.appId)
    return {
      mode: 'authenticated',
      reason: config.appPassword
        ? 'TEAMS_APP_ID is set: the token of every request is validated'
        : 'TEAMS_APP_ID is set: the token of every request is validated; without TEAMS_APP_PASSWORD, replies need an Azure managed identity',
    };
  if (config.appPassword || config.tenantId)
    return {
      mode: 'off',
      reason: `${config.appPassword ? 'TEAMS_APP_PASSWORD' : 'TEAMS_TENANT_ID'} is set but TEAMS_APP_ID is not: set TEAMS_APP_ID to the Azure Bot's Microsoft App ID`,
    };
  if (!config.devAnonymous)
    return {
      mode: 'off',
      reason:
        'TEAMS_APP_ID is not set: set it to connect Teams, or set TEAMS_DEV_ANONYMOUS=true to try the bot without credentials on this machine',
    };
  if (config.nodeEnv === 'production')
    return {
      mode: 'off',
      reason:
        'TEAMS_DEV_ANONYMOUS=true but NODE_ENV is production: an unauthenticated endpoint is never started in production',
    };
  if (!(await resolvesToLoopback(config.host, resolve)))
    return {
      mode: 'off',
      reason: `TEAMS_DEV_ANONYMOUS=true but HOST=${config.host} is not loopback (or does not resolve to loopback addresses only): anonymous mode only listens on 127.0.0.1 or localhost`,
    };
  return {
    mode: 'anonymous-dev',
    reason:
      'TEAMS_DEV_ANONYMOUS=true: no authentication, for local development only (Agents Playground, Bot Framework Emulator); requests through a proxy or tunnel are refused, replies go to loopback serviceUrls only',
  };
}
