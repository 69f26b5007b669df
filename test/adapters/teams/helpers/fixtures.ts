import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../../../src/dataset/load-dataset.js';

/** Captured Teams activities in test/fixtures/teams. */
export type TeamsFixture =
  | 'channel-mention'
  | 'personal-chat'
  | 'group-chat'
  | 'bot-added-to-team'
  | 'personal-install';

let delivery = 0;

/**
 * A Teams activity fixture, its serviceUrl pointed at the fake connector, plus overrides. Each
 * call gets a fresh activity id (the captured one plus a counter) unless `overrides.id` is given,
 * because the endpoint skips an activity delivered again with the same id.
 */
export function teamsActivity(
  name: TeamsFixture,
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const file = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'teams', `${name}.json`);
  const activity = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { ...activity, id: `${String(activity.id)}-${++delivery}`, serviceUrl, ...overrides };
}

/** The bot's id in every fixture. */
export const BOT_ID = '28:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
