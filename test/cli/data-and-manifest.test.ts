import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { BUILT_BIN, isBuilt } from '../helpers/built-cli.js';
import { memoryIo } from '../helpers/cli-io.js';
import { OTHER_DATASET_PATH } from '../helpers/other-consortium.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-data-'));
const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo('', env);
  const code = await main(argv, io.io);
  return { code, out: io.out(), err: io.err() };
}

describe('--data before or after the command', () => {
  it.each([
    ['after', ['ask', 'who leads WP4?', '--data', OTHER_DATASET_PATH]],
    ['before', ['--data', OTHER_DATASET_PATH, 'ask', 'who leads WP4?']],
    ['before, with =', [`--data=${OTHER_DATASET_PATH}`, 'ask', 'who leads WP4?']],
    [
      'between the command and the question',
      ['ask', '--data', OTHER_DATASET_PATH, 'who leads WP4?'],
    ],
  ])('serves the file given %s', async (_where, argv) => {
    const { code, out } = await run(argv);
    expect(code).toBe(0);
    expect(out).toContain('WP4 is led by GMDC (Galway Marine Data Centre).');
  });

  it('serves the file given before validate, chat and manifest too', async () => {
    const validated = await run(['--data', OTHER_DATASET_PATH, 'validate']);
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('tidewatch.json is valid: 11 partners');
    const manifest = await run(['--data', OTHER_DATASET_PATH, 'manifest', 'slack']);
    expect(manifest.out).toContain('TIDEWATCH');
  });

  it.each([
    ['at the start', ['--data']],
    ['before the command', ['--data', 'ask', 'who leads WP4?']],
    ['at the end', ['ask', 'who leads WP4?', '--data']],
    ['before another option', ['ask', '--data', '--json', 'who leads WP4?']],
  ])('says what is missing when --data has no value %s', async (_where, argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain('eucanbot: --data needs a value: --data FILE (a dataset JSON file)');
    expect(err).toMatch(/^Usage: eucanbot/m);
  });

  it('prints the usage when only --data is given', async () => {
    const { code, err } = await run(['--data', OTHER_DATASET_PATH]);
    expect(code).toBe(2);
    expect(err).toMatch(/^Usage: eucanbot <command>/);
  });
});

describe('eucanbot manifest', () => {
  it('prints the Slack manifest for the dataset and BOT_NAME, SLACK_COMMAND', async () => {
    const env = { BOT_NAME: 'tidebot', SLACK_COMMAND: '/tide' };
    const { code, out, err } = await run(['manifest', 'slack', '--data', OTHER_DATASET_PATH], env);
    expect(code).toBe(0);
    const manifest = parse(out);
    expect(manifest.display_information.name).toBe('tidebot');
    expect(manifest.features.slash_commands[0].command).toBe('/tide');
    expect(manifest.features.slash_commands[0].usage_hint).toBe(
      '[question], e.g. who leads WP1?  or  help',
    );
    expect(err).toContain('pass --url https://YOUR-HOST');
  });

  it('fills in --url, or turns Socket Mode on with --socket, and writes --out', async () => {
    const out = path.join(tmp, 'slack.yaml');
    const args = ['manifest', 'slack', '--url', 'https://bot.example.net', '--out', out];
    expect((await run(args)).code).toBe(0);
    const manifest = parse(readFileSync(out, 'utf8'));
    expect(manifest.settings.event_subscriptions.request_url).toBe(
      'https://bot.example.net/slack/events',
    );
    const socket = parse((await run(['manifest', 'slack', '--socket'])).out);
    expect(socket.settings.socket_mode_enabled).toBe(true);
  });

  it('prints the Teams manifest with TEAMS_APP_ID, and refuses without it', async () => {
    const teams = await run(['manifest', 'teams', '--data', OTHER_DATASET_PATH], {
      TEAMS_APP_ID: APP_ID,
    });
    expect(teams.code).toBe(0);
    const manifest = JSON.parse(teams.out);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.description.short).toBe('Ask who does what in the TIDEWATCH consortium.');
    const missing = await run(['manifest', 'teams']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('TEAMS_APP_ID is not set');
  });

  it.each([
    [['manifest'], /manifest takes one platform: slack or teams/],
    [['manifest', 'discord'], /manifest takes one platform: slack or teams/],
    [['manifest', 'slack', '--url', 'https://x.example', '--socket'], /pass one/],
    [['manifest', 'slack', '--url'], /--url needs a value: --url URL/],
  ])('%j is a usage error', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe.runIf(isBuilt)('the built CLI', () => {
  it('takes --data before the command and prints a manifest', async () => {
    const exec = promisify(execFile);
    const opts = { cwd: os.tmpdir() };
    const { stdout } = await exec(
      process.execPath,
      [BUILT_BIN, '--data', OTHER_DATASET_PATH, 'ask', 'who leads WP4?'],
      opts,
    );
    expect(stdout).toContain('GMDC');
    const manifest = await exec(process.execPath, [BUILT_BIN, 'manifest', 'slack'], opts);
    expect(parse(manifest.stdout).display_information.name).toBe('eucanbot');
  });
});
