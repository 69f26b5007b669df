import { isAscii } from 'node:buffer';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/ascii-source.js';

/** Evaluates a JavaScript expression. */
const run = (source: string): unknown => vm.runInNewContext(source);

describe('asciiSource', () => {
  it('leaves ASCII as it is', () => {
    expect(asciiSource('const a = "b"; // c')).toBe('const a = "b"; // c');
  });

  it.each([
    ['a string', '"l’été"'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, as text.
    ['a template', '`l’été ${1 + 1}`'],
    ['a pattern', '/[’“”•]/.test("x•y")'],
    ['a pattern with the u flag', '/^[\\p{L}’]+$/u.test("l’été")'],
    ['an identity escape in a pattern', '/[\\’\\\']/.exec("it’s")[0]'],
    ['an identity escape in a string', '"\\’"'],
    ['an escaped backslash before the character', '"\\\\’".length'],
    ['an identifier', '(() => { const café = 2; return café * 3; })()'],
  ])('keeps what %s means, in ASCII only', (_what, source) => {
    const ascii = asciiSource(source);
    expect(isAscii(Buffer.from(ascii))).toBe(true);
    expect(run(ascii)).toEqual(run(source));
  });

  it('refuses a character outside the Basic Multilingual Plane', () => {
    expect(() => asciiSource('"🙂"')).toThrow(/outside the BMP/);
  });
});
