import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

declare const window: unknown;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

/** Every rule on each kind of page; the colours alone in the other themes. */
const PAGES: [string, string[] | null][] = [
  ['/', null],
  ['/partners/ub.html', null],
  ['/work-packages/wp2.html', null],
  ['/?theme=dark', ['color-contrast']],
  ['/?theme=contrast', ['color-contrast']],
];

describe('the directory under axe-core', () => {
  it.each(PAGES)('%s has no serious or critical violation', async (url, rules) => {
    const page = await browser.open(url, 1280);
    // Evaluated through the DevTools protocol: the page's CSP, rightly, refuses inline scripts.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async (only) => {
      type Result = { violations: { id: string; impact: string; nodes: unknown[] }[] };
      const axe = (window as { axe: { run: (c: object, o: object) => Promise<Result> } }).axe;
      // The map's hundreds of outlines are hidden from assistive technology (its title and
      // description speak for it); checking each one only takes time.
      const context = { include: [['body']], exclude: [['svg.map > g']] };
      const result = await axe.run(context, only ? { runOnly: [...only] } : {});
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target)),
      }));
    }, rules);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect({ url, serious }).toEqual({ url, serious: [] });
    await page.close();
  });
});
