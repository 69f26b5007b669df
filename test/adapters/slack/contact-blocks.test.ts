import { describe, expect, it } from 'vitest';
import { contactLine } from '../../../adapters/slack/contact-blocks.js';
import { renderAnswer } from '../../../adapters/slack/render.js';
import { groupingsBot } from '../../helpers/groupings-bot.js';

describe('contacts in Slack', () => {
  it('shows a held contact with a mailto link, the handle as text and the source', () => {
    const message = renderAnswer(groupingsBot().answer("what's NBU's email?"));
    const json = JSON.stringify(message.blocks);
    expect(json).toContain(
      '• *Anna Berg, project manager* · <mailto:anna.berg@nbu.example.org|anna.berg@nbu.example.org> · Slack: @anna.berg',
    );
    expect(json).toContain('“The project manager at NBU is Anna Berg');
  });

  it('never forms a mention, broadcast or link from contact text', () => {
    const line = contactLine({
      of: 'X',
      name: 'Eve <!channel>',
      email: 'eve@x.org|<https://evil.example>',
      slack: '<@U123>',
      source: 's',
    });
    expect(line).not.toMatch(/<[@!h]/);
    expect(line).not.toContain('<mailto:');
    expect(line).toContain('Eve &lt;!channel&gt;');
  });
});
