import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/core/matrix/work-package-matrix.js';
import { realBot } from '../../helpers/real-bot.js';
import { type PageNode, useBrowser } from './browser.js';

declare const document: PageNode & { documentElement: { scrollWidth: number } };

const DOCS = path.resolve(import.meta.dirname, '../../../docs');
const browser = useBrowser();
const { requests, problems } = browser;

describe('the directory in Chromium', () => {
  it('loads with no console error and nothing fetched from elsewhere', async () => {
    const page = await browser.open('/', 1280);
    await expect(page.title()).resolves.toBe('EuCanImage directory');
    await page.screenshot({ path: path.join(DOCS, 'directory-desktop.png'), fullPage: true });
    const phone = await browser.open('/', 390, 844);
    // The phone's first screens: the brief and the matrix, as a newcomer scrolls through them.
    await phone.screenshot({
      path: path.join(DOCS, 'directory-phone.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 390, height: 2000 },
    });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const dark = await browser.open('/?theme=dark', 1280);
    await dark.screenshot({ path: path.join(DOCS, 'directory-dark.png') });
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith(`${browser.server.url}/`))).toEqual([]);
  }, 30_000);

  it('shows every partner and work package, with the leads the dataset names', async () => {
    const page = await browser.open('/', 1280);
    const table = await page.evaluate(() => {
      const columns = [...document.querySelectorAll('table.matrix thead th a')].map(
        (a) => a.textContent ?? '',
      );
      const rows = [...document.querySelectorAll('table.matrix tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        const at = (cls: string) =>
          cells.flatMap((td, i) => (td.classList.contains(cls) ? [columns[i] ?? ''] : []));
        return {
          acronym: tr.querySelector('th[scope=row] a')?.textContent ?? '',
          leads: at('is-lead'),
          in: [...at('is-lead'), ...at('is-in')].sort(),
        };
      });
      return { columns, rows };
    });
    const { dataset } = realBot();
    const matrix = buildMatrix(dataset);
    expect(table.columns).toEqual(dataset.workPackages.map((wp) => wp.id));
    expect(table.rows.map((r) => r.acronym)).toEqual(dataset.partners.map((p) => p.acronym));
    for (const row of matrix.rows) {
      const shown = table.rows.find((r) => r.acronym === row.partner.acronym);
      expect(shown?.in).toEqual([...row.cells.keys()].sort());
      const leads = dataset.workPackages.filter((wp) => wp.leader === row.partner.id);
      expect(shown?.leads).toEqual(leads.map((wp) => wp.id));
    }
    // A mark leads to the sentence that puts the partner there.
    await page.click('table.matrix td.is-lead a[href*="wp4"]');
    await page.waitForURL(/work-packages\/wp4\.html#p-uams$/);
    await expect(page.locator(':target blockquote').first().textContent()).resolves.toContain(
      'UAMS/TCIA leads WP4',
    );
  }, 30_000);

  it('answers "who leads WP4?" in the search box', async () => {
    const page = await browser.open('/', 1280);
    await page.fill('#q', 'who leads WP4?');
    await page.press('#q', 'Enter');
    const answer = page.locator('[data-answer] h2');
    await expect(answer.textContent({ timeout: 10_000 })).resolves.toContain('UAMS/TCIA');
    await expect(page.locator('[data-answer]').textContent()).resolves.toContain(
      'UAMS/TCIA leads WP4 that will define',
    );
    // Each partner of the answer links to its page.
    await expect(page.locator('[data-answer] a[href="partners/uams.html"]').count()).resolves.toBe(
      1,
    );
    expect(problems).toEqual([]);
  }, 30_000);
});
