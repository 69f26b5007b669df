import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/load/processes.js';
import { createMemoryConversationStore } from '../../../src/services/conversation-store.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../helpers/chromium.js';
import { waitFor } from '../../helpers/fake-slack-api.js';
import { realBot } from '../../helpers/real-bot.js';
import { startTeamsServer, type TeamsServer } from './helpers/teams-server.js';

/**
 * eucanbot's Teams endpoint driven by the Microsoft 365 Agents Playground, a real Microsoft
 * client: its own connector receives what the bot sends and its web chat renders the cards, in
 * Debian's Chromium. It caught what the fake connector let through (a doubled Content-Type that
 * the Playground refuses with 400). Anonymous local development mode, all on loopback.
 */

const require = createRequire(import.meta.url);
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
/** How long one step may take on a loaded two-core machine. */
const STEP_MS = 30_000;

let server: TeamsServer;
let playground: ChildProcess;
let browser: Browser;
let page: Page;
let scratch: string;
let output = '';

/** The Playground opens the system browser at start: a no-op `xdg-open` keeps it headless. */
function quietPath(dir: string): string {
  const opener = path.join(dir, 'xdg-open');
  writeFileSync(opener, '#!/bin/sh\nexit 0\n');
  chmodSync(opener, 0o755);
  return `${dir}:${process.env.PATH ?? ''}`;
}

/** The Playground's log panel: one line per activity, with the HTTP status each one got. */
const logPanel = async (): Promise<string> => (await page.locator('body').textContent()) ?? '';

/** Types a message in the Playground's compose box and sends it. */
async function send(text: string): Promise<void> {
  await page.locator('[data-lexical-editor="true"]').first().click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Waits until the page shows `text`. */
async function shows(text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: STEP_MS });
}

beforeAll(async () => {
  // Conversations are kept as `eucanbot serve` keeps them, so follow-ups are read in context.
  server = await startTeamsServer({}, { conversations: createMemoryConversationStore() });
  scratch = mkdtempSync(path.join(tmpdir(), 'eucanbot-playground-'));
  const port = await freePort();
  playground = spawn(
    process.execPath,
    [
      PLAYGROUND_CLI,
      '-e',
      `${server.url}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(port),
    ].concat(['--disable-telemetry']),
    { cwd: scratch, env: { PATH: quietPath(scratch), HOME: scratch } },
  );
  playground.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  playground.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await waitFor(() => output.includes('Listening on'), STEP_MS, 'the Playground to listen');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await page.goto(`http://127.0.0.1:${port}`, { waitUntil: 'load' });
  await page.getByText('Personal Chat').first().click({ timeout: STEP_MS });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  playground?.kill('SIGKILL');
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the Microsoft 365 Agents Playground', () => {
  const bot = realBot();

  it('accepts the welcome, an answer, "show me all" and a follow-up, and renders them', async () => {
    // The welcome card, sent when the Playground adds the bot to the chat.
    await shows('Hello! I answer questions about the EuCanImage consortium.');

    const spain = bot.answer('Which partners are in Spain?');
    await send('Which partners are in Spain?');
    await shows(spain.headline);
    // The compact view names the partners past the third on one line, under a "Show all" button.
    const last = spain.partners.at(-1);
    expect(last).toBeDefined();
    await page.getByRole('button', { name: 'Show all' }).last().waitFor({ timeout: STEP_MS });
    // The Playground (0.2.28) renders card buttons but sends no activity when one is clicked, so
    // the whole answer is asked for in words; the buttons' activities are tested through the SDK
    // in teams-endpoint.test.ts. The whole answer shows every partner by its full name.
    await send('show me all of them');
    await shows(last?.name ?? '');

    // A follow-up is read against the conversation.
    await send('who leads WP4?');
    await shows(bot.answer('who leads WP4?').headline);
    await send('and WP5?');
    await shows('WP5');

    const panel = await logPanel();
    // Every activity the bot sent got a 2xx from the Playground's connector: none was refused.
    const sent = panel.match(
      /User Application\s*(?:->|→|⟶|-->)\s*Microsoft 365 Agents Playground\s*message \d{3}/g,
    );
    expect(sent?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(sent?.filter((line) => !/message 2\d\d$/.test(line)) ?? []).toEqual([]);
    expect(server.logs.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
  }, 120_000);
});
