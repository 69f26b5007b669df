import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refusedUrl } from '../../reliability/helpers.js';
import { type FakeConnector, startFakeConnector } from './helpers/fake-connector.js';
import { type FakeEntra, startFakeEntra } from './helpers/fake-entra.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, startTeamsServer, type TeamsServer } from './helpers/teams-server.js';

const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';
const TENANT_ID = '9b2e4f61-3c8d-4a7e-b5f0-1d6a8c3e2f97';
const APP_PASSWORD = 'super-secret-app-password-value';

let entra: FakeEntra;
let connector: FakeConnector;
let server: TeamsServer;

beforeAll(async () => {
  entra = await startFakeEntra(TENANT_ID);
  connector = await startFakeConnector();
  server = await startTeamsServer({
    appId: APP_ID,
    appPassword: APP_PASSWORD,
    tenantId: TENANT_ID,
    host: '0.0.0.0',
    nodeEnv: 'production',
    testEndpoints: {
      authority: entra.authority,
      tokenSidecarUrl: entra.authority,
      serviceUrlHosts: ['127.0.0.1'],
    },
  });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
  await entra?.close();
});
beforeEach(() => {
  connector.calls.length = 0;
});

/** Outbound token requests to the sidecar so far. */
function tokenRequests(): number {
  return entra.requests.filter((r) => r.startsWith('GET /AuthorizationHeaderUnauthenticated/'))
    .length;
}

function message(): Record<string, unknown> {
  return teamsActivity('personal-chat', connector.url);
}

/** Claims as Azure Bot Service sends them to the bot. */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { aud: APP_ID, serviceurl: connector.url, ...overrides };
}

/** Prints a measured figure with the test output, for docs/RELIABILITY.md. */
function report(line: string): void {
  // biome-ignore lint/suspicious/noConsole: the figure is the point of the measurement.
  console.info(line);
}

describe('Teams endpoint with TEAMS_APP_ID: every token is validated by the SDK', () => {
  it('runs authenticated, even in production on all interfaces', () => {
    expect(server.decision.mode).toBe('authenticated');
  });

  const sign = (extra: Record<string, unknown>, options?: Parameters<FakeEntra['sign']>[1]) =>
    entra.sign(claims(extra), options).then((token) => `Bearer ${token}`);
  const expiredAt = () => Math.floor(Date.now() / 1000) - 3600;
  const otherTenant = 'https://login.microsoftonline.com/0f0f0f0f-1111-4222-8333-444444444444/v2.0';

  it.each([
    ['no Authorization header', async () => undefined, /header not found/],
    ['a garbage token', async () => 'Bearer not.a.jwt', /invalid token/],
    ['a non-Bearer scheme', async () => 'Basic YTpi', /invalid authorization header/],
    ['a wrong audience', () => sign({ aud: '00000000-1111-4222-8333-444444444444' }), /Audience/],
    ['an expired token', () => sign({}, { expiresIn: expiredAt() }), /jwt expired/],
    ['a key Entra never published', () => sign({}, { forged: true }), /invalid signature/],
    ['a key id Entra never published', () => sign({}, { kid: 'nobody' }), /key id .* unknown/],
    ['a token from another tenant', () => sign({ iss: otherTenant }), /Issuer mismatch/],
  ])('refuses %s with a plain 401, logs why, and sends nothing', async (_name, header, reason) => {
    const authorization = await header();
    const before = tokenRequests();
    const res = await postActivity(server.url, message(), authorization ? { authorization } : {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthorized' });
    expect(connector.calls).toHaveLength(0);
    expect(tokenRequests()).toBe(before);
    const logged = server.logs.filter((l) => l.msg === 'Teams request unauthorized');
    expect(logged.map((l) => String(l.reason))).toContainEqual(expect.stringMatching(reason));
  });

  it('logs a reason once however often it comes back', async () => {
    for (let i = 0; i < 5; i++)
      await postActivity(server.url, message(), { authorization: 'Basic x' });
    const logged = server.logs.filter(
      (l) =>
        l.msg === 'Teams request unauthorized' &&
        /invalid authorization header/.test(String(l.reason)),
    );
    expect(logged).toHaveLength(1);
  });

  it('looks signing keys up at most once for a flood of tokens with unknown key ids', async () => {
    const lookups = () => entra.requests.filter((r) => r.endsWith('/discovery/v2.0/keys')).length;
    // Once the keys are known, as on a server that has answered a message.
    await postActivity(server.url, message(), { authorization: await sign({}) });
    const before = lookups();
    for (let i = 0; i < 20; i++) {
      const res = await postActivity(server.url, message(), {
        authorization: await sign({}, { kid: `random-${i}` }),
      });
      expect(res.status).toBe(401);
    }
    const extra = lookups() - before;
    report(`20 tokens with unknown key ids: ${extra} key lookups`);
    expect(extra).toBeLessThanOrEqual(1);
  });

  it('refuses a malformed body with 401 when the token is missing: auth comes first', async () => {
    const res = await postActivity(server.url, '{"type": ');
    expect(res.status).toBe(401);
  });

  it('accepts a valid RS256 token and replies through the connector with an outbound token', async () => {
    const token = await entra.sign(claims());
    const res = await postActivity(server.url, message(), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    // The signing keys came from the loopback JWKS, the outbound token from the loopback sidecar.
    expect(entra.requests).toContain(`GET /${TENANT_ID}/discovery/v2.0/keys`);
    expect(tokenRequests()).toBeGreaterThan(0);
    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]?.authorization).toBe(`Bearer ${entra.outboundToken}`);
    expect(JSON.stringify(connector.calls[0]?.body)).toContain('Barcelona');
  });

  it('refuses a valid token whose serviceurl claim names another host than the activity', async () => {
    const token = await entra.sign(claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }));
    const res = await postActivity(server.url, message(), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses a valid token with a serviceUrl outside the allowed hosts', async () => {
    const elsewhere = 'http://localhost:9/teams/';
    const token = await entra.sign(claims({ serviceurl: elsewhere }));
    const res = await postActivity(server.url, teamsActivity('personal-chat', elsewhere), {
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(400);
    expect(connector.calls).toHaveLength(0);
  });

  it('never writes the app password to the log', () => {
    expect(server.rawLog()).not.toContain(APP_PASSWORD);
    expect(server.rawLog()).not.toContain(entra.outboundToken);
  });
});

describe('Teams endpoint whose key lookup fails', () => {
  it('answers a plain 401, and names the network error in the log only', async () => {
    const unreachable = await refusedUrl();
    const offline = await startTeamsServer({
      appId: APP_ID,
      tenantId: TENANT_ID,
      host: '0.0.0.0',
      nodeEnv: 'production',
      testEndpoints: { authority: unreachable.slice(0, -1), serviceUrlHosts: ['127.0.0.1'] },
    });
    try {
      const token = await entra.sign(claims());
      const res = await postActivity(offline.url, message(), { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'unauthorized' });
      const line = offline.logs.find((l) => l.msg === 'Teams request unauthorized');
      expect(String(line?.reason)).toMatch(/ECONNREFUSED|fetch failed|keys/i);
    } finally {
      await offline.close();
    }
  });
});
