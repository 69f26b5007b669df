import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderAnswer as renderSlack } from '../../adapters/slack/render.js';
import { renderAnswer as renderTeams } from '../../adapters/teams/render.js';
import { renderTerminal, renderTerminalCompact } from '../../adapters/terminal/render.js';
import type { RunningServer } from '../../src/app/start-server.js';
import {
  type ManifestOptions,
  slackManifestFor,
  teamsManifestFor,
} from '../../src/cli/manifest.js';
import { USAGE } from '../../src/cli/usage.js';
import { loadConfig } from '../../src/config.js';
import { Answer } from '../../src/core/index.js';
import {
  type FakeConnector,
  startFakeConnector,
} from '../adapters/teams/helpers/fake-connector.js';
import { teamsActivity } from '../adapters/teams/helpers/fixtures.js';
import {
  postActivity,
  startTeamsServer,
  type TeamsServer,
} from '../adapters/teams/helpers/teams-server.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../helpers/fake-slack-api.js';
import { OTHER_GOLDEN_PATH, OTHER_SOURCE_PATH, otherBot } from '../helpers/other-consortium.js';
import { realDataset } from '../helpers/real-bot.js';
import {
  homeOpened,
  memberJoined,
  postCommand,
  postEvent,
  slashCommand,
} from '../helpers/slack-requests.js';
import { startSlackServer } from '../helpers/slack-server.js';
import { forbiddenTerms, leaks, manifestText, readText } from './forbidden-words.js';
import { checkAnswer, GoldenFamily, loadGoldenSet } from './golden-set.js';

/**
 * Issue #12: nothing about EuCanImage is in the code. The golden-set machinery runs on a
 * made-up ocean-observation consortium, and every answer, suggestion, help text, Slack view,
 * Teams card and app manifest it produces, through the real renderers and servers, is searched
 * for what EuCanImage's dataset names: its name, partners, the countries only it has, its topics.
 */
const bot = otherBot();
const cases = loadGoldenSet(OTHER_GOLDEN_PATH);
const terms = forbiddenTerms(realDataset(), bot.dataset, readText(OTHER_SOURCE_PATH));
const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';
const IDENTITY = { BOT_NAME: 'tidebot', SLACK_COMMAND: '/tide' };

/** Everything a person could read of an answer, in every rendering. */
function everyRendering(answer: Answer): string {
  return [
    JSON.stringify(answer),
    JSON.stringify(renderSlack(answer)),
    JSON.stringify(renderSlack(answer, { full: true, showQuestion: true, share: true })),
    JSON.stringify(renderTeams(answer)),
    JSON.stringify(renderTeams(answer, { full: true })),
    renderTerminal(answer, { color: false }),
    renderTerminalCompact(answer, { color: false }),
  ].join('\n');
}

describe('the forbidden words', () => {
  it('come from the EuCanImage dataset: its name, partners, countries and topics', () => {
    const named = terms.map((t) => t.term);
    // Spot checks that the list is read from the data, not that it is a hand list.
    for (const term of ['EuCanImage', 'UB', 'Lynkeus', 'Spain', 'Spanish', 'gdpr', 'Radiomics'])
      expect(named).toContain(term);
    // Words the other consortium uses itself are allowed: it has a German partner.
    expect(named).not.toContain('Germany');
    expect(terms.length).toBeGreaterThan(300);
  });
});

describe('the golden-set machinery on another consortium', () => {
  it('covers every family', () => {
    const families = new Set(cases.map((c) => c.family));
    expect(GoldenFamily.options.filter((f) => !families.has(f))).toEqual([]);
  });

  const named = cases.map((c) => [`${c.family}: ${c.q}`, c] as const);
  it.each(named)('%s', (_name, { q, expect: expectation }) => {
    const answer = bot.answer(q);
    expect(Answer.safeParse(answer).success).toBe(true);
    expect(checkAnswer(answer, expectation)).toEqual([]);
    expect(leaks(everyRendering(answer), terms, q)).toEqual([]);
    // Each suggestion is a question the bot offers: its answer must be as clean.
    for (const s of answer.suggestions)
      expect(
        leaks(everyRendering(bot.answer(s.question)), terms, `${q} ${s.question}`),
        s.question,
      ).toEqual([]);
  });

  it('writes help with its own examples, and no example from EuCanImage', () => {
    const help = bot.answer('help');
    expect(help.text).toContain('TIDEWATCH');
    expect(help.text).toContain('"Danish partners in WP2", "partners not in Denmark"');
    expect(leaks(everyRendering(help), terms)).toEqual([]);
  });

  it('prints CLI usage texts with no EuCanImage example', () => {
    // Usage is the CLI's own vocabulary, the same for every dataset ("validate" is a command,
    // "PLATFORM" an argument): its examples must name no partner, country or consortium.
    const names = terms.filter((t) => t.from !== 'topic');
    expect(leaks(Object.values(USAGE).join('\n'), names)).toEqual([]);
  });

  it('makes Slack and Teams manifests with its name and examples', () => {
    const config = loadConfig({ ...IDENTITY, TEAMS_APP_ID: APP_ID });
    const options: ManifestOptions = { out: undefined, url: undefined, socket: false };
    const slack = manifestText(parse(slackManifestFor(bot, config, options, 'tidewatch.json')));
    const teams = manifestText(teamsManifestFor(bot, config));
    expect(slack).toContain('TIDEWATCH');
    expect(teams).toContain('partners in Denmark');
    // Values only: keys ("bot_events") and URLs ("/privacy") are the platforms' words.
    expect(leaks(`${slack}\n${teams}`, terms)).toEqual([]);
  });
});

describe('Slack views for another consortium, through Bolt', () => {
  let fake: FakeSlackApi;
  let server: RunningServer;
  let eventsUrl: string;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
    ({ server, eventsUrl } = await startSlackServer(fake, IDENTITY, 'info', { bot }));
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it('publishes an App Home, a welcome and /tide help with none of EuCanImage', async () => {
    await postEvent(eventsUrl, homeOpened('U3'));
    await postEvent(eventsUrl, memberJoined('U4'));
    await postCommand(eventsUrl, { ...slashCommand(fake, 'help'), command: '/tide' });
    const home = await waitFor(() => fake.callsTo('views.publish')[0], 5000, 'views.publish');
    const welcome = await waitFor(() => fake.callsTo('chat.postEphemeral')[0], 5000, 'a welcome');
    const help = await waitFor(() => fake.callsTo('response_url')[0], 5000, 'the help reply');
    const seen = JSON.stringify([home.body, welcome.body, help.body]);
    expect(seen).toContain('TIDEWATCH');
    expect(seen).toContain('/tide help');
    expect(seen).toContain('for example `/tide who leads WP1?`');
    expect(seen).not.toContain('/eucan');
    expect(leaks(seen, terms)).toEqual([]);
  });
});

describe('Teams cards for another consortium, through the Agents SDK', () => {
  let connector: FakeConnector;
  let teams: TeamsServer;
  beforeAll(async () => {
    connector = await startFakeConnector();
    teams = await startTeamsServer({}, { bot });
  });
  afterAll(async () => {
    await teams?.close();
    await connector?.close();
  });

  it('sends a welcome card and answer cards with none of EuCanImage', async () => {
    await postActivity(teams.url, teamsActivity('bot-added-to-team', connector.url));
    await postActivity(teams.url, teamsActivity('personal-chat', connector.url, { text: 'help' }));
    await postActivity(
      teams.url,
      teamsActivity('personal-chat', connector.url, { text: 'who works on sensors?' }),
    );
    await teams.settled();
    expect(connector.calls).toHaveLength(3);
    const seen = JSON.stringify(connector.calls.map((c) => c.body));
    expect(seen).toContain('TIDEWATCH');
    expect(seen).toContain('KSS');
    expect(leaks(seen, terms, 'who works on sensors?')).toEqual([]);
  });
});
