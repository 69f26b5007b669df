import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../adapters/web/index.js';
import { type RunningServer, startServer } from '../../../src/app/start-server.js';
import { loadConfig } from '../../../src/config.js';
import { type Bot, createBot } from '../../../src/core/create-bot.js';
import { createLogger } from '../../../src/logger.js';
import { datasetCopy, realBot } from '../../helpers/real-bot.js';

/** A bot whose dataset the test can swap, as a hot reload does. */
function swappableBot(first: Bot) {
  let current = first;
  const bot: Bot = {
    get dataset() {
      return current.dataset;
    },
    get index() {
      return current.index;
    },
    answer: (question, context) => current.answer(question, context),
  };
  return { bot, swap: (next: Bot) => (current = next) };
}

let server: RunningServer;
let logs = '';
const swappable = swappableBot(realBot());
/** Questions one address may ask per minute in this file. */
const LIMIT = 6;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString('utf8');
      done();
    },
  });
  const config = { ...loadConfig({ RATE_LIMIT_PER_MINUTE: String(LIMIT) }), port: 0 };
  server = await startServer({
    config,
    bot: swappable.bot,
    logger: createLogger('info', sink),
    graceMs: 1000,
  });
});
afterAll(async () => {
  await server?.stop();
});

describe('the directory on the server', () => {
  it('serves the pages from memory with a strict CSP, rendered once per dataset', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    const html = await home.text();
    expect(html).toContain('<h1 id="top">EuCanImage</h1>');
    expect(html).not.toMatch(/<script>|<style|style="|https?:\/\/(?!www\.w3\.org)/);
    for (const path of ['/by-country.html', '/partners/ub.html', '/work-packages/wp4.html'])
      expect((await fetch(`${server.url}${path}`)).status).toBe(200);
    const css = await fetch(`${server.url}/assets/site.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    // The script is a template string in TypeScript: an escape lost there breaks it silently.
    const js = await (await fetch(`${server.url}/assets/site.js`)).text();
    expect(() => new Function(js)).not.toThrow();
    expect((await fetch(`${server.url}/partners/nobody.html`)).status).toBe(404);
    expect(logs.match(/directory rendered/g)).toHaveLength(1);
  });

  it('starts in the theme Teams passes, and ignores one it does not know', async () => {
    const dark = await (await fetch(`${server.url}/?theme=dark`)).text();
    expect(dark).toContain('<html lang="en" data-theme="dark">');
    const contrast = await (await fetch(`${server.url}/partners/ub.html?theme=contrast`)).text();
    expect(contrast).toContain('data-theme="contrast"');
    const odd = await (await fetch(`${server.url}/?theme=%22%3E%3Cscript%3E`)).text();
    expect(odd).toContain('data-theme="auto"');
  });

  it('answers GET /api/answer with the core Answer, and refuses a missing question', async () => {
    const res = await fetch(`${server.url}/api/answer?q=${encodeURIComponent('who leads WP4?')}`);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { intent: string; headline: string; text: string };
    expect(answer).toMatchObject({ intent: 'work-package' });
    expect(answer.text).toBe(realBot().answer('who leads WP4?').text);
    const missing = await fetch(`${server.url}/api/answer`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { message: string }).message).toContain('?q=');
    expect((await fetch(`${server.url}/api/answer?q=a&q=b`)).status).toBe(400);
  });

  it('limits /api/answer per address as chat is limited per person', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++)
      statuses.push((await fetch(`${server.url}/api/answer?q=help`)).status);
    // One answer went to the test before; the limit counts it.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    const refused = await fetch(`${server.url}/api/answer?q=help`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toMatch(/please wait/);
  });

  it('renders the new dataset after a reload', async () => {
    const renamed = datasetCopy();
    renamed.consortium.name = 'Renamed Consortium';
    swappable.swap(createBot(renamed));
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('<h1 id="top">Renamed Consortium</h1>');
    expect(logs.match(/directory rendered/g)).toHaveLength(2);
  });
});
