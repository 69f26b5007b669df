import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { EucanbotError } from '../../src/core/index.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** Where the manifest template and the icons live. */
export const APP_PACKAGE_DIR = path.join(PACKAGE_ROOT, 'adapters', 'teams', 'appPackage');

/** Replaced by TEAMS_APP_ID in the packaged manifest (app id and bot id). */
export const APP_ID_PLACEHOLDER = '{{TEAMS_APP_ID}}';

/** The files of the Teams app package, at the root of the zip as Teams requires. */
export const APP_PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A fixed date for every zip entry, so that the same input gives the same zip. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

/** The manifest template with its placeholder, as committed. */
export function readManifestTemplate(): string {
  return readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
}

/** The manifest with TEAMS_APP_ID filled in; refuses a value that is not a GUID, naming it. */
export function fillManifest(template: string, appId: string | undefined): Record<string, unknown> {
  if (!appId)
    throw new EucanbotError(
      'CONFIG_INVALID',
      "TEAMS_APP_ID is not set: set it to the Azure Bot's Microsoft App ID (a GUID), in .env or the environment.",
    );
  if (!GUID.test(appId))
    throw new EucanbotError(
      'CONFIG_INVALID',
      `TEAMS_APP_ID must be the Azure Bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000; got "${appId.slice(0, 60)}".`,
    );
  return JSON.parse(template.replaceAll(APP_ID_PLACEHOLDER, appId.toLowerCase())) as Record<
    string,
    unknown
  >;
}

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
  const base = url.href.replace(/\/+$/, '');
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

/** Developer URLs still pointing at example.org: to edit before publishing the app. */
export function placeholderUrls(manifest: Record<string, unknown>): string[] {
  const developer = (manifest.developer ?? {}) as Record<string, unknown>;
  return Object.values(developer).filter(
    (v): v is string => typeof v === 'string' && v.includes('example.org'),
  );
}

/**
 * The Teams app package: manifest.json with the app id (and, with PUBLIC_URL, the directory
 * tab), and the two icons.
 */
export async function buildAppPackage(
  appId: string | undefined,
  publicUrl?: string,
): Promise<Buffer> {
  const manifest = {
    ...fillManifest(readManifestTemplate(), appId),
    ...(publicUrl ? directoryTab(publicUrl) : {}),
  };
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE });
  for (const icon of ['color.png', 'outline.png'])
    zip.file(icon, readFileSync(path.join(APP_PACKAGE_DIR, icon)), { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
