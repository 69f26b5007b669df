import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { memoryIo } from '../helpers/cli-io.js';
import { startFakeSlackApi, waitFor } from '../helpers/fake-slack-api.js';
import { postEvent } from '../helpers/slack-requests.js';
import { mention, refusedUrl } from './helpers.js';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-3333-4444-SECRETprocessTOKEN-zz',
  SLACK_SIGNING_SECRET: 'SECRETprocessSIGNING-yy-1234',
  TEAMS_APP_PASSWORD: 'SECRETprocessPASSWORD-xx-5678',
};

const cwd = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-secrets-'));
const entry = path.join(PACKAGE_ROOT, 'test', 'helpers', 'run-cli.ts');
const fake = await startFakeSlackApi();
const children: ReturnType<typeof spawn>[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await fake.close();
});

/** Runs `eucanbot serve` with only `env`, collecting everything it prints. */
function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), entry, 'serve'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  children.push(child);
  const output = { all: '' };
  child.stdout.on('data', (c: Buffer) => (output.all += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output.all += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output, exited };
}

function expectNoSecret(text: string): void {
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
}

describe('secrets in the process output of eucanbot serve', () => {
  it.each([
    [
      'a bot token of the wrong kind',
      { SLACK_BOT_TOKEN: 'xoxp-SECRETprocessTOKEN' },
      'SLACK_BOT_TOKEN',
    ],
    ['a bad Teams app id', { TEAMS_APP_ID: 'not-a-guid' }, 'TEAMS_APP_ID'],
    ['a bad port', { PORT: 'eighty' }, 'PORT'],
  ])('names the variable, not the secrets, for %s', async (_name, bad, variable) => {
    // In-process: the same main() as the binary, writing to memory instead of stdout and stderr.
    const run = memoryIo('', { ...SECRETS, ...bad });
    expect(await main(['serve'], run.io)).toBe(1);
    const output = run.out() + run.err();
    expect(output).toContain(variable);
    expectNoSecret(output);
    expect(output).not.toContain('SECRETprocessTOKEN');
  });

  it('starts, answers, fails and stops at debug level without printing a secret', async () => {
    const port = new URL(await refusedUrl()).port;
    const run = serve({
      ...SECRETS,
      SLACK_API_URL: fake.apiUrl,
      PORT: port,
      LOG_LEVEL: 'debug',
    });
    await waitFor(() => run.output.all.includes('Listening on'), 15_000, 'the server to listen');
    const url = `http://127.0.0.1:${port}/slack/events`;
    const options = { secret: SECRETS.SLACK_SIGNING_SECRET };
    fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } });
    await postEvent(url, mention('who leads WP1?'), options);
    await postEvent(url, mention('who leads WP2?'), { secret: 'wrong' });
    await waitFor(() => run.output.all.includes('Slack API call failed'), 5000, 'the failure');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output.all).toContain('Teams endpoint not started');
    expectNoSecret(run.output.all);
  });
});
