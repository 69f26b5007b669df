import { isIP } from 'node:net';
import type { Config } from '../../src/config.js';

/** The Teams part of the configuration, as `mountTeams` needs it. */
export type TeamsConfig = Config['teams'] &
  Pick<Config, 'host' | 'nodeEnv'> & {
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
  return { ...config.teams, host: config.host, nodeEnv: config.nodeEnv };
}

/** How the endpoint runs: every token validated, anonymous on loopback for development, or not. */
export type TeamsMode = 'authenticated' | 'anonymous-dev' | 'off';

/** The mode and, for the log, why. */
export interface TeamsModeDecision {
  mode: TeamsMode;
  reason: string;
}

/** Loopback host names; anonymous mode only listens and replies on these. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** True for 127.0.0.0/8, ::1 and localhost: addresses nobody else can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(bare);
}

/**
 * Decides how /api/messages runs. Without credentials the endpoint would post replies to
 * whatever `serviceUrl` a caller sends, so it runs anonymously only where nobody else can reach
 * it: HOST on loopback and NODE_ENV not production.
 */
export function decideTeamsMode(config: TeamsConfig): TeamsModeDecision {
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
  if (config.nodeEnv === 'production')
    return {
      mode: 'off',
      reason:
        'TEAMS_APP_ID is not set and NODE_ENV is production: an unauthenticated endpoint is never started in production',
    };
  if (!isLoopbackHost(config.host))
    return {
      mode: 'off',
      reason: `TEAMS_APP_ID is not set and HOST=${config.host} is not loopback: anonymous mode only listens on 127.0.0.1 or localhost`,
    };
  return {
    mode: 'anonymous-dev',
    reason:
      'TEAMS_APP_ID is not set: anonymous for local development only (Agents Playground, Bot Framework Emulator); replies go to loopback serviceUrls only',
  };
}
