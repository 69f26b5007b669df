import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { decideTeamsMode, mountTeams, teamsConfigFrom } from '../../adapters/teams/index.js';
import { startServer } from '../../src/app/start-server.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startFakeConnector } from '../adapters/teams/helpers/fake-connector.js';
import { startFakeEntra } from '../adapters/teams/helpers/fake-entra.js';
import { startFakeSlackApi } from '../helpers/fake-slack-api.js';
import { realBot } from '../helpers/real-bot.js';
import { FAST_RETRY } from '../helpers/slack-server.js';

const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';
const TENANT_ID = '9b2e4f61-3c8d-4a7e-b5f0-1d6a8c3e2f97';

/**
 * eucanbot's server configured from `secrets` as environment variables, with Slack in HTTP mode
 * against a fake API, Teams authenticated against a fake Entra and connector, a watched dataset
 * and a rate limit of 4, logging everything at debug into memory.
 */
export async function startSecretsServer(secrets: Record<string, string>) {
  const fake = await startFakeSlackApi();
  const connector = await startFakeConnector();
  const entra = await startFakeEntra(TENANT_ID);
  let log = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString('utf8');
      done();
    },
  });
  const env = { ...secrets, SLACK_API_URL: fake.apiUrl, TEAMS_APP_ID: APP_ID };
  const config = {
    ...loadConfig({ ...env, TEAMS_TENANT_ID: TENANT_ID, RATE_LIMIT_PER_MINUTE: '4' }),
    port: 0,
  };
  const datasetFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'eucanbot-')), 'data.json');
  writeFileSync(datasetFile, JSON.stringify(realBot().dataset));
  const logger = createLogger('debug', sink);
  const testEndpoints = {
    authority: entra.authority,
    tokenSidecarUrl: entra.authority,
    serviceUrlHosts: ['127.0.0.1'],
  };
  const teams = { ...teamsConfigFrom(config), testEndpoints };
  const decision = await decideTeamsMode(teams);
  const server = await startServer({
    config,
    bot: realBot(),
    logger,
    graceMs: 2000,
    datasetFile,
    reloadDebounceMs: 20,
    slackRetry: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 },
    slackSendRetry: FAST_RETRY,
    extraAdapters: [
      {
        name: 'teams',
        state: 'authenticated',
        mount: (app) => {
          const connectorRetry = { ...FAST_RETRY, timeoutMs: 1000 };
          mountTeams(app, { bot: realBot(), config: teams, decision, logger, connectorRetry });
        },
      },
    ],
  });
  return {
    server,
    fake,
    connector,
    log: () => log,
    /** A valid Teams token for the fake connector's serviceUrl. */
    teamsToken: async () =>
      `Bearer ${await entra.sign({ aud: APP_ID, serviceurl: connector.url })}`,
    /** Breaks the watched dataset, so that a refused reload is logged too. */
    breakDataset: () => writeFileSync(datasetFile, '{"broken": true}'),
    close: () => Promise.all([connector.close(), entra.close(), fake.close()]),
  };
}
