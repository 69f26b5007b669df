import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';
import {
  buildSlackManifest,
  PLACEHOLDER_URL,
  type SlackManifest,
} from '../../../adapters/slack/manifest.js';
import { type ManifestOptions, slackManifestFor } from '../../../src/cli/manifest.js';
import { loadConfig } from '../../../src/config.js';
import { appCommands } from '../../../src/core/answer/app-commands.js';
import { PACKAGE_ROOT } from '../../../src/dataset/load-dataset.js';
import { DEFAULT_SLACK_COMMAND } from '../../../src/identity-config.js';
import { otherBot } from '../../helpers/other-consortium.js';
import { realBot } from '../../helpers/real-bot.js';

const HTTP: ManifestOptions = { out: undefined, url: undefined, socket: false };
const COMMITTED = path.join(PACKAGE_ROOT, 'adapters', 'slack', 'manifest.yaml');

function generated(env: Record<string, string> = {}, options = HTTP, bot = realBot()) {
  return slackManifestFor(bot, loadConfig(env), options, 'eucanimage.json');
}

const manifest = parse(generated()) as SlackManifest;

describe('Slack app manifest', () => {
  it('is committed as "eucanbot manifest slack" prints it for the shipped dataset', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(generated());
  });

  it('reads back as the manifest it was written from', () => {
    const bot = realBot();
    const built = buildSlackManifest({
      botName: 'eucanbot',
      command: DEFAULT_SLACK_COMMAND,
      consortium: bot.dataset.consortium,
      commands: appCommands(bot.index),
      socket: false,
    });
    expect(manifest).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('subscribes to exactly the events the adapter handles', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(
      [
        'app_home_opened',
        'app_mention',
        'assistant_thread_context_changed',
        'assistant_thread_started',
        'member_joined_channel',
        'message.im',
      ].sort(),
    );
  });

  it('asks for the scopes those events and replies need, and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      [
        'app_mentions:read',
        'assistant:write',
        'channels:read',
        'chat:write',
        'commands',
        'files:write',
        'groups:read',
        'im:history',
        'im:write',
      ].sort(),
    );
  });

  it('declares the configured slash command, with an example from the dataset', () => {
    const [command] = manifest.features.slash_commands;
    expect(command?.command).toBe(DEFAULT_SLACK_COMMAND);
    expect(command?.usage_hint).toBe('[question], e.g. who leads WP1?  or  help');
    const renamed = parse(
      generated({ SLACK_COMMAND: '/tide', BOT_NAME: 'tidebot' }, HTTP, otherBot()),
    ) as SlackManifest;
    expect(renamed.features.slash_commands[0]?.command).toBe('/tide');
    expect(renamed.display_information.name).toBe('tidebot');
    expect(renamed.features.bot_user.display_name).toBe('tidebot');
    expect(renamed.display_information.description).toContain('TIDEWATCH');
    expect(renamed.display_information.long_description).toContain('type /tide followed by');
  });

  it('refuses a slash command Slack would not accept, naming the variable', () => {
    expect(() => loadConfig({ SLACK_COMMAND: 'eucan' })).toThrow(/SLACK_COMMAND: must be "\/"/);
    expect(() => loadConfig({ BOT_NAME: 'x'.repeat(31) })).toThrow(/BOT_NAME: must be at most 30/);
  });

  it('sends events, commands and interactivity to POST /slack/events at the given address', () => {
    const urls = (m: SlackManifest) => [
      m.settings.event_subscriptions.request_url,
      m.settings.interactivity.request_url,
      ...m.features.slash_commands.map((c) => c.url),
    ];
    expect(urls(manifest)).toEqual(Array(3).fill(`${PLACEHOLDER_URL}/slack/events`));
    const at = parse(generated({}, { ...HTTP, url: 'https://bot.example.net/' })) as SlackManifest;
    expect(urls(at)).toEqual(Array(3).fill('https://bot.example.net/slack/events'));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('turns on the Home and Messages tabs, and Socket Mode with --socket', () => {
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
    });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    const socket = parse(generated({}, { ...HTTP, socket: true })) as SlackManifest;
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('eucanbot');
  });

  it('declares the assistant view, with prompts any dataset answers', () => {
    const view = manifest.features.assistant_view;
    expect(view?.assistant_description).toMatch(/quot/);
    const prompts = view?.suggested_prompts ?? [];
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.length).toBeLessThanOrEqual(SLACK_LIMITS.assistantPrompts);
    const bot = realBot();
    for (const { title, message } of prompts) {
      expect(title.length).toBeLessThanOrEqual(SLACK_LIMITS.assistantTitle);
      // Each is understood by the core, so it works for whatever dataset is served.
      expect(bot.answer(message).intent, message).not.toBe('unknown');
      expect(`${title} ${message}`).not.toMatch(new RegExp(bot.dataset.consortium.name, 'i'));
    }
  });

  it("keeps within Slack's lengths: long description 175 to 4,000 characters", () => {
    const { long_description, description } = manifest.display_information;
    expect(long_description.length).toBeGreaterThanOrEqual(175);
    expect(long_description.length).toBeLessThanOrEqual(4000);
    expect(description.length).toBeLessThanOrEqual(140);
  });
});
