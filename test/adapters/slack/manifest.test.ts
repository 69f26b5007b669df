import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../../adapters/slack/message-listeners.js';
import { PACKAGE_ROOT } from '../../../src/dataset/load-dataset.js';

interface Manifest {
  display_information: { name: string };
  features: {
    app_home: Record<string, boolean>;
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; usage_hint: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(path.join(PACKAGE_ROOT, 'adapters', 'slack', 'manifest.yaml'), 'utf8'),
) as Manifest;

describe('Slack app manifest', () => {
  it('subscribes to exactly the events the adapter handles', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(
      ['app_home_opened', 'app_mention', 'member_joined_channel', 'message.im'].sort(),
    );
  });

  it('asks for the scopes those events and replies need, and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      [
        'app_mentions:read',
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

  it('declares the slash command the adapter listens to, with a usage hint', () => {
    const [command] = manifest.features.slash_commands;
    expect(command?.command).toBe(SLASH_COMMAND);
    expect(command?.usage_hint).toContain('help');
  });

  it('sends events, commands and interactivity to POST /slack/events', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('turns on the Home and Messages tabs, and has a Socket Mode switch', () => {
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
    });
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
    expect(manifest.features.bot_user.display_name).toBe('eucanbot');
  });
});
