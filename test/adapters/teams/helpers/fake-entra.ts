import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

/** Microsoft Entra stand-in on loopback: OpenID metadata, signing keys (JWKS) and a token sidecar. */
export interface FakeEntra {
  /** Replaces https://login.microsoftonline.com in the Teams config. */
  authority: string;
  /** The issuer of tokens for the test tenant: `{authority}/{tenant}/v2.0`. */
  issuer: string;
  /** Requests received, as "METHOD path". */
  requests: string[];
  /** The token the sidecar hands out for calls to the connector. */
  outboundToken: string;
  /**
   * An RS256 token signed with the published key (or with an unpublished one, `forged`), naming
   * the published key's id in its header unless `kid` names another.
   */
  sign(
    claims: JWTPayload,
    options?: { expiresIn?: string | number; forged?: boolean; kid?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

const KID = 'fake-entra-key-1';

/** Starts the fake Entra on 127.0.0.1, with a fresh RS256 key pair made for this run. */
export async function startFakeEntra(tenantId: string): Promise<FakeEntra> {
  const published = await generateKeyPair('RS256');
  const unpublished = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(published.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  const requests: string[] = [];
  const outboundToken = 'outbound-token-from-fake-sidecar';
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push(`${req.method} ${url.pathname}`);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === `/${tenantId}/v2.0/.well-known/openid-configuration`)
      return json(200, {
        issuer: `${origin}/${tenantId}/v2.0`,
        jwks_uri: `${origin}/${tenantId}/discovery/v2.0/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    if (url.pathname === `/${tenantId}/discovery/v2.0/keys`) return json(200, { keys: [jwk] });
    if (url.pathname.startsWith('/AuthorizationHeaderUnauthenticated/'))
      return json(200, { authorizationHeader: `Bearer ${outboundToken}` });
    return json(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/${tenantId}/v2.0`;
  return {
    authority: origin,
    issuer,
    requests,
    outboundToken,
    async sign(claims, options = {}) {
      const jwt = new SignJWT({ iss: issuer, tid: tenantId, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID, typ: 'JWT' })
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setNotBefore(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(options.expiresIn ?? '1h');
      return jwt.sign(options.forged ? unpublished.privateKey : published.privateKey);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
