import type { AppCommand } from '../../src/core/answer/app-commands.js';
import type { Consortium } from '../../src/core/schema/dataset.js';
import { trimChars } from '../../src/core/text/trim.js';

/** Where eucanbot receives Slack's requests in HTTP mode (see index.ts). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** The placeholder address in a manifest made without `--url`, to replace before pasting. */
export const PLACEHOLDER_URL = 'https://eucanbot.example.org';

/** The events the adapter listens to; a test checks them against the listeners. */
export const SLACK_BOT_EVENTS = [
  'app_mention',
  'message.im',
  'app_home_opened',
  'member_joined_channel',
  // The assistant side panel: a thread opened, and the channel it is opened beside changed.
  'assistant_thread_started',
  'assistant_thread_context_changed',
] as const;

/** Scopes those events and the replies need, each with why. */
const SLACK_SCOPES: readonly [string, string][] = [
  ['app_mentions:read', 'Receive @mentions in channels.'],
  [
    'chat:write',
    "Post answers, threaded replies, the ephemeral welcome; an assistant thread's status.",
  ],
  ['assistant:write', "An assistant thread's suggested prompts and title."],
  ['commands', 'The slash command.'],
  [
    'im:history',
    "Receive direct messages (message.im), assistant threads' included, and answer them.",
  ],
  ['im:write', 'Open the direct message an App Home click is answered in.'],
  ['channels:read', 'member_joined_channel in public channels, for the welcome.'],
  ['groups:read', 'member_joined_channel in private channels, for the welcome.'],
  [
    'files:write',
    "Upload the App Home's picture of the work-package matrix (never shared in a channel).",
  ],
];

/**
 * The prompts Slack shows in the assistant side panel until a thread sets its own (each new
 * thread gets prompts drawn from the dataset: assistant-greeting.ts). Questions any dataset
 * answers, so the manifest suits every consortium.
 */
const ASSISTANT_PROMPTS = [
  { title: 'What can you answer?', message: 'help' },
  { title: 'Who coordinates the project?', message: 'Who is the coordinator?' },
  { title: 'All the partners', message: 'List all partners' },
  { title: 'The work packages', message: 'List the work packages' },
] as const;

/**
 * Slack's limits on manifest fields: a 140-character description, a long description of 175 to
 * 4,000 characters. https://api.slack.com/reference/manifests#display
 */
const LIMITS = { description: 140, longDescription: 4000, usageHint: 100 } as const;

/** What the Slack manifest is made from: the dataset, the examples and the configuration. */
export interface SlackManifestInput {
  botName: string;
  command: string;
  consortium: Pick<Consortium, 'name' | 'description'>;
  /** Example questions, best first (see appCommands); the first non-help one is the usage hint. */
  commands: readonly AppCommand[];
  /** The public HTTPS address (HTTP mode); the placeholder when not given. */
  url?: string | undefined;
  /** Socket Mode: no request URLs are needed. */
  socket: boolean;
}

function clamp(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The Slack app manifest as an object, ready to print as YAML or JSON. */
export function buildSlackManifest(input: SlackManifestInput) {
  const { botName, command, consortium } = input;
  const events = `${trimChars(input.url ?? PLACEHOLDER_URL, '/', 'end')}${SLACK_EVENTS_PATH}`;
  const example = input.commands.find((c) => c.title !== 'help')?.title;
  const about = `${botName} answers questions about the ${consortium.name} consortium from its partner dataset: who handles a topic, who leads or works in a work package, what a partner does, which partners are in a country. Every answer quotes the sentence it comes from. Mention @${botName} in a channel, send it a direct message, or type ${command} followed by a question.`;
  return {
    display_information: {
      name: botName,
      description: clamp(
        `Answers who-does-what questions about the ${consortium.name} consortium, quoting its sources.`,
        LIMITS.description,
      ),
      long_description: clamp(`${about}\n\n${consortium.description}`, LIMITS.longDescription),
      background_color: '#1f4e79',
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: botName, always_online: true },
      // Slack's assistant side panel ("Agents & AI Apps"); without it, mentions, DMs and the
      // slash command work as they always did.
      assistant_view: {
        assistant_description: clamp(
          `Answers who-does-what questions about the ${consortium.name} consortium from its partner dataset, quoting the sentence each answer comes from. Follow-up questions work within a thread.`,
          LIMITS.description * 2,
        ),
        suggested_prompts: ASSISTANT_PROMPTS.map((p) => ({ ...p })),
      },
      slash_commands: [
        {
          command,
          url: events,
          description: clamp(
            `Ask who does what in ${consortium.name} (only you see the answer)`,
            LIMITS.description,
          ),
          usage_hint: clamp(
            example ? `[question], e.g. ${example}?  or  help` : '[question]  or  help',
            LIMITS.usageHint,
          ),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: SLACK_SCOPES.map(([scope]) => scope) } },
    settings: {
      event_subscriptions: { request_url: events, bot_events: [...SLACK_BOT_EVENTS] },
      interactivity: { is_enabled: true, request_url: events },
      org_deploy_enabled: false,
      socket_mode_enabled: input.socket,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest's shape. */
export type SlackManifest = ReturnType<typeof buildSlackManifest>;

type Yaml = string | number | boolean | readonly Yaml[] | { readonly [key: string]: Yaml };

/**
 * YAML for a manifest: maps, lists and scalars, every string written as a JSON string (JSON
 * strings are YAML double-quoted scalars), so no value can turn into another type or break a
 * line. Written here because the yaml package is only a development dependency.
 */
function toYaml(value: Yaml, indent: string, comments: ReadonlyMap<string, string>): string[] {
  if (Array.isArray(value))
    return value.flatMap((item: Yaml) => {
      const [first = '', ...rest] = toYaml(item, `${indent}  `, comments);
      const note = typeof item === 'string' ? comments.get(item) : undefined;
      return [...(note ? [`${indent}# ${note}`] : []), `${indent}- ${first.trimStart()}`, ...rest];
    });
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'object'
        ? [`${indent}${key}:`, ...toYaml(item, `${indent}  `, comments)]
        : [`${indent}${key}: ${toYaml(item, '', comments)[0]}`],
    );
  return [typeof value === 'string' ? JSON.stringify(value) : String(value)];
}

/** The manifest as YAML, with a header that says how to use it and a comment on each scope. */
export function slackManifestYaml(manifest: SlackManifest, header: readonly string[]): string {
  const lines = toYaml(manifest, '', new Map(SLACK_SCOPES));
  return `${[...header.map((line) => `# ${line}`.trimEnd()), ...lines].join('\n')}\n`;
}
