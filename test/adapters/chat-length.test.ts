import { describe, expect, it } from 'vitest';
import { renderAnswer as renderSlack } from '../../adapters/slack/render.js';
import { renderAnswer as renderTeams } from '../../adapters/teams/render.js';
import { renderChatAnswer as renderTeamsChat } from '../../adapters/teams/render-chat.js';
import { renderTerminal, renderTerminalCompact } from '../../adapters/terminal/render.js';
import type { Answer } from '../../src/core/index.js';
import { loadGoldenSet } from '../golden/golden-set.js';
import { realBot } from '../helpers/real-bot.js';

/** Longest chat reply allowed, in characters a person reads: a generous bound over 1,975. */
const MAX_CHAT_REPLY = 2_500;

/** Every text a person reads in a Block Kit message or an Adaptive Card, one per line. */
function visibleText(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) visibleText(v, out);
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const shown = ['mrkdwn', 'plain_text', 'TextBlock', 'TextRun'];
    if (shown.includes(String(node.type)) && typeof node.text === 'string') out.push(node.text);
    if (node.type === 'FactSet')
      for (const f of node.facts as { title: string; value: string }[])
        out.push(`${f.title}: ${f.value}`);
    if (node.type === 'Action.Submit') out.push(String(node.title));
    for (const [key, v] of Object.entries(node)) if (key !== 'fallbackText') visibleText(v, out);
  }
  return out;
}

/** Characters of each chat rendering of an answer, compact (what a reply shows) or full. */
function lengths(answer: Answer, full: boolean): Record<string, number> {
  const slack = renderSlack(answer, { full });
  const teams = renderTeams(answer, { full });
  const teamsChat = renderTeamsChat(answer, { full });
  const terminal = full
    ? renderTerminal(answer, { color: false })
    : renderTerminalCompact(answer, { color: false });
  return {
    'Slack blocks': visibleText(slack.blocks).join('\n').length,
    'Slack text': slack.text.length,
    'Teams card': visibleText(teams.attachments[0].content).join('\n').length,
    // The text a chat shows, its buttons below it; the quotes are in the citations' pop-ups.
    'Teams chat': [teamsChat.text, ...visibleText(teamsChat.attachments ?? [])].join('\n').length,
    terminal: terminal.length,
  };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

describe('chat replies over the golden set', () => {
  it('are compact: shorter median, and no reply over MAX_CHAT_REPLY characters', () => {
    const answers = loadGoldenSet().map((c) => realBot().answer(c.q));
    const table: string[] = [];
    for (const [scope, chosen] of [
      ['all answers', answers],
      ['answers listing partners', answers.filter((a) => a.partners.length > 0)],
    ] as const) {
      const compact = chosen.map((a) => lengths(a, false));
      const full = chosen.map((a) => lengths(a, true));
      for (const surface of Object.keys(compact[0] ?? {})) {
        const before = full.map((l) => l[surface] ?? 0);
        const after = compact.map((l) => l[surface] ?? 0);
        table.push(
          `| ${surface}, ${scope} (${chosen.length}) | median ${median(before)} → ${median(after)}, max ${Math.max(...before)} → ${Math.max(...after)} characters |`,
        );
        // Half the answers list no partner (help, "I don't know", one work package): the same in
        // both; those that list partners are what the compact view shortens.
        // A Teams chat shows its quotes as citations, outside the text, in both views: there the
        // compact view saves only the partners past the third, so it must just not be longer.
        if (scope === 'answers listing partners')
          expect(median(after)).toBeLessThanOrEqual(
            median(before) * (surface === 'Teams chat' ? 1 : 0.9),
          );
        expect(Math.max(...after)).toBeLessThanOrEqual(MAX_CHAT_REPLY);
      }
    }
    // biome-ignore lint/suspicious/noConsole: the figures go into docs/RELIABILITY.md.
    console.info(`chat reply length, full → compact:\n${table.join('\n')}`);
  });
});

describe('a question that asks for all of it', () => {
  it('gets the whole answer on every chat surface, with no "Show all"', () => {
    const bot = realBot();
    const first = bot.answer('Which partners are in Spain?');
    for (const followUp of ['show me all of them', 'more', 'all of them please']) {
      const answer = bot.answer(followUp, first.context ?? undefined);
      expect(answer.whole).toBe(true);
      const names = answer.partners.map((p) => p.name);
      expect(names.length).toBe(first.partners.length);
      const slack = visibleText(renderSlack(answer).blocks).join('\n');
      const teams = visibleText(renderTeams(answer).attachments[0].content).join('\n');
      const teamsChat = renderTeamsChat(answer);
      const terminal = renderTerminalCompact(answer, { color: false });
      for (const shown of [slack, teams, teamsChat.text, terminal])
        for (const name of names) expect(shown).toContain(name);
      expect(slack).not.toContain('Show all');
      expect(teams).not.toContain('Show all');
      expect(visibleText(teamsChat.attachments ?? [])).not.toContain('Show all');
    }
    // Asked on its own, a question gets the compact view, even one asking for all.
    expect(first.whole).toBeUndefined();
    expect(bot.answer('show all partners in Spain').whole).toBeUndefined();
    expect(visibleText(renderSlack(first).blocks).join('\n')).toContain('Show all');
  });
});
