import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/load/processes.js';
import { main } from '../../src/cli/main.js';
import { isBuilt } from '../helpers/built-cli.js';
import { memoryIo } from '../helpers/cli-io.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../helpers/fake-slack-api.js';
import { eventEnvelope, postEvent } from '../helpers/slack-requests.js';
import { BOT_TOKEN, slackEnv } from '../helpers/slack-server.js';
import { spawnCli } from '../helpers/spawn-cli.js';

let fake: FakeSlackApi;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
});

describe('eucanbot serve as a process', () => {
  it('finishes the reply in flight on SIGTERM and exits 0', async () => {
    const port = await freePort();
    const run = spawnCli(['serve'], {
      ...slackEnv(fake),
      PORT: String(port),
    });
    children.push(run.child);
    await waitFor(() => run.output.out.includes('Listening on'), 15_000, 'the server to listen');
    expect(run.output.out.split('\n')[0]).toBe(
      'Starting the server: Slack is configured (HTTP mode).',
    );
    // Slack answers slowly, so the reply is still in flight when the signal arrives.
    fake.failNext('chat.postMessage', { delayMs: 800 });
    const envelope = eventEnvelope({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> who leads WP1?',
      ts: '3.3',
      channel: 'C1',
      event_ts: '3.3',
    });
    expect((await postEvent(`http://127.0.0.1:${port}/slack/events`, envelope)).status).toBe(200);
    await waitFor(() => fake.callsTo('chat.postMessage').length > 0, 5000, 'the reply to start');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output.err).toMatch(/"delivered":true[^\n]*"msg":"message handled"/);
    expect(run.output.err).toContain('"drained":true');
    expect(run.output.err).not.toContain(BOT_TOKEN);
  });

  it('stops on SIGINT too, and a config error names the variable', async () => {
    const bad = spawnCli(['serve'], { SLACK_BOT_TOKEN: 'xoxb-1', PORT: String(await freePort()) });
    children.push(bad.child);
    expect(await bad.exited).toBe(1);
    expect(bad.output.err).toContain('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set');

    const port = await freePort();
    const run = spawnCli(['serve'], { PORT: String(port) });
    children.push(run.child);
    await waitFor(() => run.output.out.includes('Listening on'), 15_000, 'the server to listen');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });
});

describe('the installed binary', () => {
  // bin/ loads the bundle, whose server modules are a chunk of their own: this runs that chunk.
  it.runIf(isBuilt)('serves Slack from the bundle', async () => {
    const port = await freePort();
    const env = {
      ...slackEnv(fake),
      PORT: String(port),
    };
    const run = spawnCli(['serve'], env, true);
    children.push(run.child);
    await waitFor(() => run.output.out.includes('Listening on'), 15_000, 'the server to listen');
    const before = fake.callsTo('chat.postMessage').length;
    const envelope = eventEnvelope({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> who leads WP4?',
      ts: '4.4',
      channel: 'C1',
      event_ts: '4.4',
    });
    expect((await postEvent(`http://127.0.0.1:${port}/slack/events`, envelope)).status).toBe(200);
    await waitFor(() => fake.callsTo('chat.postMessage').length > before, 5000, 'the reply');
    expect(JSON.stringify(fake.callsTo('chat.postMessage').at(-1))).toContain('UAMS/TCIA');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});

describe('eucanbot start', () => {
  it('opens the terminal chat when no platform is configured, and says why first', async () => {
    const run = memoryIo('quit\n', {});
    expect(await main(['start'], run.io)).toBe(0);
    expect(run.out().split('\n')[0]).toMatch(
      /^Starting the terminal chat: no chat platform is configured/,
    );
    expect(run.out()).toContain('Bye.');
  });
});
