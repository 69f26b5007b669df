import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { EucanbotError } from '../../src/core/errors.js';
import { trimChars } from '../../src/core/text/trim.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** Where the icons live (the manifest is generated, see manifest.ts). */
export const APP_PACKAGE_DIR = path.join(PACKAGE_ROOT, 'adapters', 'teams', 'appPackage');

/** The files of the Teams app package, at the root of the zip as Teams requires. */
export const APP_PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** A fixed date for every zip entry, so that the same input gives the same zip. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * The directory as a personal tab, and its domain as the app's valid domain: Teams opens the
 * page in a frame and fills in `{theme}` (default, dark or contrast), which the page follows.
 * "conversations" keeps the bot's chat as the first tab. Teams loads tabs over HTTPS only.
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context
 */
export function directoryTab(publicUrl: string): Record<string, unknown> {
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:')
    throw new EucanbotError(
      'CONFIG_INVALID',
      `PUBLIC_URL must be an https URL for the Teams tab (Teams loads tabs over HTTPS only); got "${publicUrl.slice(0, 100)}".`,
    );
  const base = trimChars(url.href, '/', 'end');
  return {
    staticTabs: [
      { entityId: 'conversations', scopes: ['personal'] },
      {
        entityId: 'directory',
        name: 'Directory',
        contentUrl: `${base}/?theme={theme}`,
        websiteUrl: `${base}/`,
        scopes: ['personal'],
      },
    ],
    validDomains: [url.host],
  };
}

/** The Teams app package: the manifest and the two icons. */
export async function buildAppPackage(manifest: Record<string, unknown>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE });
  for (const icon of ['color.png', 'outline.png'])
    zip.file(icon, readFileSync(path.join(APP_PACKAGE_DIR, icon)), { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
