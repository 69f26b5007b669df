import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, buildAppPackage } from '../../../adapters/teams/app-package.js';
import {
  ACCENT_COLOR,
  drawColorIcon,
  drawOutlineIcon,
  ICON_SIZES,
} from '../../../adapters/teams/icons.js';
import { buildTeamsManifest } from '../../../adapters/teams/manifest.js';
import { teamsManifestFor } from '../../../src/cli/manifest.js';
import { loadConfig } from '../../../src/config.js';
import { appCommands } from '../../../src/core/answer/app-commands.js';
import { PACKAGE_ROOT } from '../../../src/dataset/load-dataset.js';
import { OTHER_DATASET_PATH, otherBot } from '../../helpers/other-consortium.js';
import { realBot } from '../../helpers/real-bot.js';
import { validateManifestOffline } from './helpers/manifest-schema.js';
import { readPng } from './helpers/png-reader.js';

const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';
const manifest = teamsManifestFor(realBot(), loadConfig({ TEAMS_APP_ID: APP_ID }));

/** The manifest for the shipped dataset with another app id, or none. */
function withAppId(appId: string | undefined) {
  const bot = realBot();
  const { consortium } = bot.dataset;
  return buildTeamsManifest({
    appId,
    botName: 'eucanbot',
    consortium,
    commands: appCommands(bot.index),
  });
}

describe('Teams app manifest', () => {
  it('is valid against its schema (1.19 or later), checked offline', async () => {
    const version = String(manifest.manifestVersion);
    expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
    expect(await validateManifestOffline(manifest)).toEqual([]);
  });

  it('is valid for another consortium, named after it and BOT_NAME, with its own examples', async () => {
    const config = loadConfig({ TEAMS_APP_ID: APP_ID, BOT_NAME: 'tidebot' });
    const other = teamsManifestFor(otherBot(), config);
    expect(await validateManifestOffline(other)).toEqual([]);
    expect(other.name).toEqual({
      short: 'tidebot',
      full: 'tidebot: who does what in the TIDEWATCH consortium',
    });
    const bots = other.bots as { commandLists: { commands: { title: string }[] }[] }[];
    const titles = bots[0]?.commandLists.flatMap((l) => l.commands.map((c) => c.title)) ?? [];
    expect(titles).toContain('partners in Denmark');
    for (const title of titles)
      expect(otherBot().answer(title).intent, title).not.toMatch(/^(unknown|not-found)$/);
  });

  it('uses TEAMS_APP_ID as app id and bot id, in personal, team and group chat scopes', () => {
    const bots = manifest.bots as { botId: string; scopes: string[] }[];
    expect(manifest.id).toBe(APP_ID);
    expect(bots[0]?.botId).toBe(APP_ID);
    expect([...(bots[0]?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.accentColor).toBe(ACCENT_COLOR);
  });

  it('offers commands that the bot really answers', () => {
    const bots = manifest.bots as { commandLists: { commands: { title: string }[] }[] }[];
    const titles = bots[0]?.commandLists.flatMap((l) => l.commands.map((c) => c.title)) ?? [];
    expect(titles).toContain('help');
    expect(titles.some((t) => /^who leads WP\d$/.test(t))).toBe(true);
    expect(titles.some((t) => /^partners in /.test(t))).toBe(true);
    for (const title of titles)
      expect(realBot().answer(title).intent, title).not.toMatch(/^(unknown|not-found)$/);
  });

  it('refuses a missing or malformed TEAMS_APP_ID, naming the variable', () => {
    expect(() => withAppId(undefined)).toThrow(/TEAMS_APP_ID is not set/);
    expect(() => withAppId('my-bot')).toThrow(/TEAMS_APP_ID must be .* GUID/);
  });
});

describe('Teams app icons', () => {
  it.each([
    ['color.png', ICON_SIZES.color, drawColorIcon],
    ['outline.png', ICON_SIZES.outline, drawOutlineIcon],
  ] as const)('%s is a %ipx RGBA PNG drawn by the icon script', (file, size, draw) => {
    const png = readPng(readFileSync(path.join(APP_PACKAGE_DIR, file)));
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([size, size, 8, 6]);
    expect(Buffer.from(png.pixels).equals(Buffer.from(draw().pixels))).toBe(true);
  });

  it('outline.png is white on transparent', () => {
    const { pixels } = readPng(readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png')));
    let opaque = 0;
    let clear = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (a === 0) clear++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(50);
    expect(clear).toBeGreaterThan(pixels.length / 8);
  });
});

describe('Teams app package', () => {
  it('zips the manifest with the app id and the two icons at the root', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(manifest));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
    expect(packaged).toEqual(manifest);
    for (const icon of ['color.png', 'outline.png']) {
      const bytes = await zip.file(icon)?.async('nodebuffer');
      expect(bytes?.equals(readFileSync(path.join(APP_PACKAGE_DIR, icon)))).toBe(true);
    }
  });

  describe('npm run teams:package', () => {
    const run = promisify(execFile);
    const tsx = path.join(PACKAGE_ROOT, 'node_modules', '.bin', 'tsx');
    const script = path.join(PACKAGE_ROOT, 'scripts', 'teams-package.ts');
    // A directory without .env, so that the developer's own .env does not leak into the test.
    const cwd = mkdtempSync(path.join(tmpdir(), 'eucanbot-teams-'));
    const env = { PATH: process.env.PATH ?? '', HOME: cwd };

    it('writes the zip for another dataset (--data), BOT_NAME and TEAMS_APP_ID', async () => {
      const out = path.join(cwd, 'out', 'tidebot-teams.zip');
      const { stdout } = await run(tsx, [script, '--data', OTHER_DATASET_PATH, '--out', out], {
        cwd,
        env: { ...env, TEAMS_APP_ID: APP_ID, BOT_NAME: 'tidebot' },
        timeout: 30_000,
      });
      expect(stdout).toContain('(tidebot: who does what in the TIDEWATCH consortium)');
      const zip = await JSZip.loadAsync(readFileSync(out));
      const packaged = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
      expect(packaged).toEqual(
        teamsManifestFor(otherBot(), loadConfig({ TEAMS_APP_ID: APP_ID, BOT_NAME: 'tidebot' })),
      );
    });

    it('zips a manifest edited by hand (--manifest)', async () => {
      const edited = { ...manifest, developer: { name: 'Ocean people' } };
      const file = path.join(cwd, 'manifest.json');
      writeFileSync(file, JSON.stringify(edited));
      const out = path.join(cwd, 'out', 'edited.zip');
      await run(tsx, [script, '--manifest', file, '--out', out], {
        cwd,
        env: { ...env, TEAMS_APP_ID: APP_ID },
        timeout: 30_000,
      });
      const zip = await JSZip.loadAsync(readFileSync(out));
      expect(JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}')).toEqual(
        edited,
      );
    });

    it.each([
      ['missing', {}, /TEAMS_APP_ID is not set/],
      ['not a GUID', { TEAMS_APP_ID: 'eucanbot' }, /TEAMS_APP_ID:? must be/],
    ])('fails with a message naming TEAMS_APP_ID when it is %s', async (_name, extra, message) => {
      const failure = await run(tsx, [script, '--out', path.join(cwd, 'no.zip')], {
        cwd,
        env: { ...env, ...extra },
        timeout: 30_000,
      }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toMatch(message);
    });
  });
});
