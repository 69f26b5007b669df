import { describe, expect, it } from 'vitest';
import { contactBlocks } from '../../../adapters/teams/contact-blocks.js';
import { renderAnswer } from '../../../adapters/teams/render.js';
import { groupingsBot } from '../../helpers/groupings-bot.js';

describe('contacts in Teams', () => {
  it('shows a held contact with a mailto action and its source', () => {
    const json = JSON.stringify(renderAnswer(groupingsBot().answer('who is the contact for WP2?')));
    expect(json).toContain('"url":"mailto:pedro.silva@ptl.example.org"');
    expect(json).toContain('Teams: pedro.silva@ptl.example.org');
    expect(json).toContain('“Questions on the pilots go to Pedro Silva');
  });

  it('links only an address that passes the pattern, and neutralises mentions and links', () => {
    const json = JSON.stringify(
      contactBlocks([
        {
          of: 'X',
          name: '<at>Eve</at> [click](https://evil.example)',
          email: 'eve@x.org)[x](javascript:alert(1)',
          source: 's',
        },
      ]),
    );
    expect(json).not.toContain('mailto:');
    expect(json).not.toContain('<at>');
    expect(json).not.toContain('](');
  });
});
