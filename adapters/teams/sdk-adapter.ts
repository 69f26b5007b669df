import {
  type AuthConfiguration,
  AuthType,
  CloudAdapter,
  OutboundHostValidator,
} from '@microsoft/agents-hosting';
import { LOOPBACK_HOSTS, type TeamsConfig } from './config.js';

/** The one connection the bot uses, for every serviceUrl. */
const CONNECTION = 'teams';

/**
 * The SDK's per-connection settings. Issuer validation is on (it is off by default in the SDK for
 * backward compatibility): a signature-valid token from another Entra tenant is refused.
 */
function connectionSettings(config: TeamsConfig): AuthConfiguration {
  if (!config.appId) return {};
  const test = config.testEndpoints;
  return {
    clientId: config.appId,
    validateIssuer: true,
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    ...(config.appPassword ? { clientSecret: config.appPassword } : {}),
    ...(test?.authority ? { authorityEndpoint: test.authority } : {}),
    ...(test?.tokenSidecarUrl
      ? { authType: AuthType.EntraAuthSideCar, sidecarBaseUrl: test.tokenSidecarUrl }
      : config.appPassword
        ? { authType: AuthType.ClientSecret }
        : {}),
  };
}

/** The SDK adapter, the connection its tokens are checked against, and where replies may go. */
export interface TeamsSdkAdapter {
  adapter: CloudAdapter;
  connection: AuthConfiguration;
  isServiceUrlAllowed: (url: string) => boolean;
}

/**
 * Builds the SDK's CloudAdapter from the typed config only: an explicit connection map, so that
 * the SDK's own environment variables (Connections__…, MicrosoftAppId) cannot change what runs.
 * Replies go only to Microsoft's channel hosts when authenticated, only to loopback when not.
 */
export function createTeamsSdkAdapter(
  config: TeamsConfig,
  mode: 'authenticated' | 'anonymous-dev',
): TeamsSdkAdapter {
  const connection = connectionSettings(config);
  const authConfig: AuthConfiguration = {
    ...connection,
    connections: new Map([[CONNECTION, connection]]),
    connectionsMap: [{ serviceUrl: '*', connection: CONNECTION }],
  };
  const authenticated = mode === 'authenticated';
  const hosts = authenticated
    ? [...(config.testEndpoints?.serviceUrlHosts ?? [])]
    : [...LOOPBACK_HOSTS];
  const serviceUrls = new OutboundHostValidator({
    enabled: true,
    includeDefaultMicrosoftHosts: authenticated,
    hosts,
  });
  const adapter = new CloudAdapter(
    authConfig,
    undefined,
    undefined,
    // With a token, its `serviceurl` claim must name the activity's serviceUrl host.
    { validateServiceUrl: authenticated, emitStackTrace: false },
    serviceUrls,
  );
  return { adapter, connection, isServiceUrlAllowed: (url) => serviceUrls.isAllowed(url) };
}
