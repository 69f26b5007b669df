import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAppPackage, directoryTab } from '../../../adapters/teams/app-package.js';
import { renderWelcome } from '../../../adapters/teams/welcome.js';
import { main } from '../../../src/cli/main.js';
import { teamsManifestFor } from '../../../src/cli/manifest.js';
import { loadConfig } from '../../../src/config.js';
import { memoryIo } from '../../helpers/cli-io.js';
import { realBot } from '../../helpers/real-bot.js';
import { validateManifestOffline } from '../teams/helpers/manifest-schema.js';

const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';
const out = mkdtempSync(path.join(tmpdir(), 'eucanbot-directory-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the directory in Teams', () => {
  it('is a personal tab that follows the Teams theme, with PUBLIC_URL as valid domain', async () => {
    const manifestWith = (env: Record<string, string>) =>
      teamsManifestFor(realBot(), loadConfig({ TEAMS_APP_ID: APP_ID, ...env }));
    const manifest = manifestWith({ PUBLIC_URL: 'https://bot.example.org/' });
    expect(await validateManifestOffline(manifest)).toEqual([]);
    expect(manifest.validDomains).toEqual(['bot.example.org']);
    const tabs = manifest.staticTabs as { entityId: string; contentUrl?: string }[];
    expect(tabs.map((t) => t.entityId)).toEqual(['conversations', 'directory']);
    expect(tabs[1]?.contentUrl).toBe('https://bot.example.org/?theme={theme}');
    const zip = await JSZip.loadAsync(await buildAppPackage(manifest));
    const zipped = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
    expect(zipped.staticTabs).toEqual(manifest.staticTabs);
    const without = manifestWith({});
    expect(without.staticTabs).toBeUndefined();
  });

  it('refuses a PUBLIC_URL that is not https, naming it', () => {
    expect(() => directoryTab('http://bot.example.org')).toThrow(/PUBLIC_URL must be an https/);
  });

  it('is linked from the welcome card when PUBLIC_URL is set', () => {
    const examples = realBot().answer('help').suggestions;
    const card = renderWelcome(realBot().dataset, examples, 'https://bot.example.org')
      .attachments[0].content;
    const texts = card.body.map((b) => ('text' in b ? b.text : ''));
    expect(texts.some((t) => t.startsWith('[Open the directory](https://bot.example.org/)'))).toBe(
      true,
    );
    expect(card.fallbackText).toContain('https://bot.example.org/');
    const plain = renderWelcome(realBot().dataset, examples).attachments[0].content;
    expect(JSON.stringify(plain)).not.toContain('Open the directory');
  });
});

describe('eucanbot directory --out', () => {
  it('writes the same pages as the server, without the search box', async () => {
    const cli = memoryIo();
    expect(await main(['directory', '--out', out], cli.io)).toBe(0);
    expect(cli.out()).toMatch(/^Wrote \d+ files \(\d+ KB\) to .* in \d+ ms/);
    const { dataset } = realBot();
    expect(readdirSync(path.join(out, 'partners'))).toHaveLength(dataset.partners.length);
    expect(readdirSync(path.join(out, 'work-packages'))).toHaveLength(dataset.workPackages.length);
    for (const file of ['index.html', 'by-country.html', 'by-kind.html', 'assets/site.css'])
      expect(existsSync(path.join(out, file)), file).toBe(true);
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<table class="matrix">');
    expect(index).not.toContain('data-search');
    // Relative links only, so the folder works from any host and path.
    expect(index).not.toMatch(/(href|src)="\//);
  });

  it('needs --out, and says so', async () => {
    const cli = memoryIo();
    expect(await main(['directory'], cli.io)).toBe(2);
    expect(cli.err()).toContain('directory needs --out DIR');
  });
});
