import type { AppCommand } from '../../src/core/answer/app-commands.js';
import { EucanbotError } from '../../src/core/errors.js';
import type { Consortium } from '../../src/core/schema/dataset.js';
import { ACCENT_COLOR } from './icons.js';

/** The manifest schema version the package is made for. */
const MANIFEST_VERSION = '1.22';

/** Developer pages to replace with the consortium's own before publishing the app. */
export const PLACEHOLDER_SITE = 'https://example.org/eucanbot';

/**
 * Limits of the Teams manifest schema: name.short 30, name.full 100, description.short 80,
 * developer.name 32, a command's title 32 and description 128, at most 10 commands.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/resources/schema/manifest-schema
 */
const LIMITS = {
  shortName: 30,
  fullName: 100,
  shortDescription: 80,
  fullDescription: 4000,
  developerName: 32,
  commandTitle: 32,
  commandDescription: 128,
  commands: 10,
} as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the Teams manifest is made from: the dataset, the examples and the configuration. */
export interface TeamsManifestInput {
  /** TEAMS_APP_ID, the Azure Bot's Microsoft App ID: the app id and the bot id. */
  appId: string | undefined;
  botName: string;
  consortium: Pick<Consortium, 'name' | 'description'>;
  commands: readonly AppCommand[];
}

function clamp(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The app id, checked; a missing or malformed TEAMS_APP_ID is refused, naming the variable. */
export function checkAppId(appId: string | undefined): string {
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
  return appId.toLowerCase();
}

/** The Teams app manifest (manifest.json) for a consortium's dataset and configuration. */
export function buildTeamsManifest(input: TeamsManifestInput): Record<string, unknown> {
  const id = checkAppId(input.appId);
  const { botName, consortium } = input;
  const scopes = ['personal', 'team', 'groupChat'];
  const commands = input.commands
    .filter((c) => c.title.length <= LIMITS.commandTitle)
    .slice(0, LIMITS.commands)
    .map((c) => ({
      title: c.title,
      description: clamp(c.description, LIMITS.commandDescription),
    }));
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: '1.0.0',
    id,
    developer: {
      name: clamp(`${consortium.name} consortium`, LIMITS.developerName),
      websiteUrl: PLACEHOLDER_SITE,
      privacyUrl: `${PLACEHOLDER_SITE}/privacy`,
      termsOfUseUrl: `${PLACEHOLDER_SITE}/terms`,
    },
    name: {
      short: clamp(botName, LIMITS.shortName),
      full: clamp(
        `${botName}: who does what in the ${consortium.name} consortium`,
        LIMITS.fullName,
      ),
    },
    description: {
      short: clamp(
        `Ask who does what in the ${consortium.name} consortium.`,
        LIMITS.shortDescription,
      ),
      full: clamp(
        `${botName} answers questions about the partners and work packages of the ${consortium.name} consortium: who leads a work package, who works on a topic, which partners are in a country, what a partner does. Each answer quotes the sentence of the consortium document it comes from. Mention @${botName} in a channel or group chat, or write to it in a personal chat.\n\n${consortium.description}`,
        LIMITS.fullDescription,
      ),
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: id,
        scopes,
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [{ scopes, commands }],
      },
    ],
    validDomains: [],
  };
}

/** Developer URLs still pointing at the placeholder: to edit before publishing the app. */
export function placeholderUrls(manifest: Record<string, unknown>): string[] {
  const developer = (manifest.developer ?? {}) as Record<string, unknown>;
  return Object.values(developer).filter(
    (v): v is string => typeof v === 'string' && v.startsWith(PLACEHOLDER_SITE),
  );
}
