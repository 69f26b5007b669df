import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from '../../../src/app/start-server.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../helpers/chromium.js';
import { realBot } from '../../helpers/real-bot.js';

/** The little of the DOM the functions evaluated in the page use (tests compile without lib.dom). */
export interface PageNode {
  textContent: string | null;
  classList: { contains(name: string): boolean };
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): Iterable<PageNode>;
}

/** eucanbot's server and a Chromium that records every request and console error. */
export interface BrowserTest {
  server: RunningServer;
  context: BrowserContext;
  requests: string[];
  problems: string[];
  open(path: string, width: number, height?: number): Promise<Page>;
}

/**
 * Starts the real server on loopback and Chromium with a fresh profile for a file's tests, and
 * stops both after. A request to anywhere but the server is recorded and refused.
 */
export function useBrowser(): BrowserTest {
  const test = { requests: [] as string[], problems: [] as string[] } as BrowserTest;
  let profile: string | undefined;
  test.open = async (url, width, height = 900) => {
    const page = await test.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') test.problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => test.problems.push(`page: ${e.message}`));
    await page.setViewportSize({ width, height });
    await page.goto(`${test.server.url}${url}`, { waitUntil: 'load' });
    return page;
  };
  beforeAll(async () => {
    const config = { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '20' }), port: 0 };
    test.server = await startServer({
      config,
      bot: realBot(),
      logger: createLogger('error'),
      graceMs: 1000,
    });
    // Rendered before the browser starts, so that no page load waits for the render.
    await fetch(`${test.server.url}/`);
    profile = mkdtempSync(path.join(tmpdir(), 'eucanbot-chromium-'));
    test.context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    await test.context.route('**/*', (route) => {
      const url = route.request().url();
      test.requests.push(url);
      if (url.startsWith(`${test.server.url}/`)) return route.continue();
      return route.abort();
    });
  }, 30_000);
  afterAll(async () => {
    await test.context?.close();
    await test.server?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });
  return test;
}
