import { describe, expect, it } from 'vitest';
import { hasInvisible, showInvisible } from '../../src/core/text/invisible.js';

describe('showInvisible', () => {
  it.each([
    ['\uFEFFemc', '\\uFEFFemc'],
    ['WP1\u200B', 'WP1\\u200B'],
    ['a\u00A0b', 'a\\u00A0b'],
    ['left\u202Eright', 'left\\u202Eright'],
    ['bell\u0007', 'bell\\u0007'],
    ['tag\u{E0041}', 'tag\\u{E0041}'],
  ])('writes %j as %s', (text, shown) => {
    expect(hasInvisible(text)).toBe(true);
    expect(showInvisible(text)).toBe(shown);
  });

  it('leaves plain text, tabs and line breaks alone', () => {
    const text = 'Ünïcödé text, with a tab\tand\r\nlines';
    expect(hasInvisible(text)).toBe(false);
    expect(showInvisible(text)).toBe(text);
  });
});
