import { describe, expect, it } from 'vitest';
import { renderAnswer as renderSlack } from '../../adapters/slack/render.js';
import { renderAnswer as renderTeams } from '../../adapters/teams/render.js';
import { realBot } from '../helpers/real-bot.js';

const answer = realBot().answer('who is in which work package?');
const WP4 = '(led by UAMS/TCIA): UAMS/TCIA, UM, EMC, CRG, CMRAD';

describe('the matrix answer in chat', () => {
  it('is a line per work package in Slack, compact or whole, with no partner cards', () => {
    for (const full of [false, true]) {
      const blocks = JSON.stringify(renderSlack(answer, { full }).blocks);
      expect(blocks).toContain(WP4);
      expect(blocks).not.toContain('University of Barcelona');
      expect(blocks).not.toContain('"show-all"');
    }
  });

  it('is a line per work package in Teams, compact or whole', () => {
    for (const full of [false, true]) {
      const body = JSON.stringify(renderTeams(answer, { full }).attachments[0].content.body);
      expect(body).toContain(WP4);
      expect(body).not.toContain('University of Barcelona');
    }
  });
});
