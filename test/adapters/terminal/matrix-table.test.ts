import { describe, expect, it } from 'vitest';
import { renderTerminalMatrix } from '../../../adapters/terminal/matrix-table.js';
import { renderTerminalCompact } from '../../../adapters/terminal/render.js';
import { realBot } from '../../helpers/real-bot.js';

const bot = realBot();
const answer = bot.answer('show the matrix');
const table = renderTerminalMatrix(answer, { color: false });
const lines = table.split('\n');

describe('the matrix in the terminal', () => {
  it('is a table with a row per partner and a column per work package', () => {
    const header = lines.find((l) => l.startsWith('Partner')) ?? '';
    expect(header.split(/\s+/).slice(1)).toEqual(bot.dataset.workPackages.map((w) => w.id));
    const columns = bot.dataset.workPackages.map((w) => header.indexOf(w.id));
    for (const partner of bot.dataset.partners) {
      const row = lines.find((l) => l.startsWith(`${partner.acronym} `)) ?? '';
      expect(row, partner.acronym).not.toBe('');
      // Each mark sits under its column's name: "Lead" where the dataset names the leader.
      bot.dataset.workPackages.forEach((wp, i) => {
        const at = row.slice((columns[i] ?? 0) - 1, (columns[i] ?? 0) + wp.id.length + 1).trim();
        const inIt = partner.roles.some((r) => r.wp === wp.id);
        expect(at, `${partner.acronym} ${wp.id}`).toBe(
          wp.leader === partner.id ? 'Lead' : inIt ? '●' : '·',
        );
      });
    }
  });

  it('is what the chat prints for "who is in which work package"', () => {
    const chat = renderTerminalCompact(bot.answer('who is in which work package'), {
      color: false,
    });
    expect(chat).toBe(table);
  });
});
