import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  markdownToMrkdwn,
  mentionUser,
  slackTextToPlain,
} from '../../../adapters/slack/escape.js';

describe('escapeMrkdwn', () => {
  it('encodes only &, < and >, so no mention, broadcast or link can form', () => {
    expect(escapeMrkdwn('R&D <!channel> <@U123> <https://evil.example|click>')).toBe(
      'R&amp;D &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt;',
    );
    expect(escapeMrkdwn("it's “quoted” é")).toBe("it's “quoted” é");
  });

  it('keeps plain @channel, @here and @everyone inert', () => {
    const out = escapeMrkdwn('ping @channel and @here, @everyone');
    expect(out).not.toMatch(/@(channel|here|everyone)/);
    expect(out.replace(/\u2060/g, '')).toBe('ping @channel and @here, @everyone');
  });
});

describe('markdownToMrkdwn', () => {
  it('turns **bold** into *bold*, list dashes into bullets, and escapes', () => {
    expect(markdownToMrkdwn('**UB** & co\n- one\n  > “q”')).toBe(
      '*UB* &amp; co\n• one\n  &gt; “q”',
    );
  });
});

describe('slackTextToPlain', () => {
  it('removes the bot mention and reduces other control sequences to words', () => {
    expect(
      slackTextToPlain(
        '<@UBOT> who &amp; what &lt;b&gt; <@U2|ann> <#C1|general> <!here> <https://x.example|site> <mailto:a@b.c>',
        'UBOT',
      ),
    ).toBe('who & what <b> @ann #general @here site mailto:a@b.c');
  });

  it('gives an empty question for a bare mention', () => {
    expect(slackTextToPlain('  <@UBOT>  ', 'UBOT')).toBe('');
  });
});

describe('mentionUser', () => {
  it('mentions a Slack user id, and writes anything else as escaped text', () => {
    expect(mentionUser('U024BE7LH')).toBe('<@U024BE7LH>');
    expect(mentionUser('W012A3CDE')).toBe('<@W012A3CDE>');
    expect(mentionUser('U1> <!channel')).toBe('U1&gt; &lt;!channel');
    expect(mentionUser('U1|x')).toBe('U1|x');
    expect(mentionUser('')).toBe('');
  });
});
