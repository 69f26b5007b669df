/**
 * `npm run teams:package`: writes the Teams app package (dist/eucanbot-teams.zip): the manifest
 * made from the dataset and the configuration (TEAMS_APP_ID as the app and bot id, BOT_NAME),
 * read from the environment or .env, and the icons. `--data <file>` packages another dataset,
 * `--manifest <file>` a manifest.json edited by hand, `--out <file>` writes elsewhere; `--icons`
 * redraws the committed icons instead.
 * With PUBLIC_URL, the manifest also holds the consortium directory as a personal tab.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';
import { APP_PACKAGE_DIR, buildAppPackage } from '../adapters/teams/app-package.js';
import { drawColorIcon, drawOutlineIcon } from '../adapters/teams/icons.js';
import { placeholderUrls } from '../adapters/teams/manifest.js';
import { encodePng } from '../adapters/teams/png.js';
import { datasetPath, loadBot } from '../src/cli/commands.js';
import { teamsManifestFor } from '../src/cli/manifest.js';
import { loadConfig } from '../src/config.js';
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

/** The value after `name` in the arguments, if any. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? '') : undefined;
}

async function writePackage(args: string[]): Promise<void> {
  const out = path.resolve(option(args, '--out') ?? 'dist/eucanbot-teams.zip');
  const config = loadConfig(readEnv());
  const edited = option(args, '--manifest');
  // The manifest names the consortium and offers its own example questions: from --data, else
  // EUCANBOT_DATA, else the shipped dataset, as every command reads it. `--manifest` zips one
  // printed by "eucanbot manifest teams" and edited (the developer's pages, say) instead.
  const manifest = edited
    ? (JSON.parse(readFileSync(edited, 'utf8')) as Record<string, unknown>)
    : teamsManifestFor(loadBot(datasetPath({ data: option(args, '--data') }, config)), config);
  const zip = await buildAppPackage(manifest);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  const name = (manifest.name as { full?: string } | undefined)?.full ?? 'the bot';
  process.stdout.write(
    `Wrote ${out} (${name}): upload it in Teams (Apps > Manage your apps > Upload an app).\n`,
  );
  for (const url of placeholderUrls(manifest))
    process.stdout.write(
      `Note: ${url} is a placeholder: before publishing, write the manifest with "eucanbot manifest teams --out manifest.json", set your pages there and run this with --manifest manifest.json.\n`,
    );
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
