/**
 * `npm run teams:package`: writes the Teams app package (dist/eucanbot-teams.zip) with
 * TEAMS_APP_ID, read from the environment or .env, as the app and bot id, and with PUBLIC_URL
 * the directory as a personal tab.
 * `--out <file>` writes elsewhere; `--icons` redraws the committed icons instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';
import {
  APP_PACKAGE_DIR,
  buildAppPackage,
  fillManifest,
  placeholderUrls,
  readManifestTemplate,
} from '../adapters/teams/app-package.js';
import { drawColorIcon, drawOutlineIcon } from '../adapters/teams/icons.js';
import { encodePng } from '../adapters/teams/png.js';
import { EucanbotError } from '../src/core/index.js';

/** The environment, with .env under it as the server reads it (empty values count as unset). */
function readEnv(): Record<string, string | undefined> {
  const file = path.resolve('.env');
  const fromFile = existsSync(file) ? parse(readFileSync(file)) : {};
  const env: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(process.env)) if (value?.trim()) env[key] = value;
  return env;
}

function writeIcons(): void {
  writeFileSync(path.join(APP_PACKAGE_DIR, 'color.png'), encodePng(drawColorIcon()));
  writeFileSync(path.join(APP_PACKAGE_DIR, 'outline.png'), encodePng(drawOutlineIcon()));
  process.stdout.write(`Wrote color.png and outline.png in ${APP_PACKAGE_DIR}\n`);
}

async function writePackage(args: string[]): Promise<void> {
  const at = args.indexOf('--out');
  const out = path.resolve(at >= 0 ? (args[at + 1] ?? '') : 'dist/eucanbot-teams.zip');
  const env = readEnv();
  const appId = env.TEAMS_APP_ID?.trim();
  // With PUBLIC_URL, the package also holds the consortium directory as a personal tab.
  const zip = await buildAppPackage(appId, env.PUBLIC_URL?.trim() || undefined);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  process.stdout.write(
    `Wrote ${out}: upload it in Teams (Apps > Manage your apps > Upload an app).\n`,
  );
  for (const url of placeholderUrls(fillManifest(readManifestTemplate(), appId)))
    process.stdout.write(`Note: edit the placeholder ${url} in manifest.json before publishing.\n`);
}

async function main(args: string[]): Promise<void> {
  try {
    if (args.includes('--icons')) writeIcons();
    else await writePackage(args);
  } catch (error) {
    const message = error instanceof EucanbotError ? error.message : String(error);
    process.stderr.write(`teams:package: ${message}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
