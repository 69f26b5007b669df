import type express from 'express';
import type { Bot } from '../../src/core/create-bot.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import type { Logger } from '../../src/logger.js';
import type { RouteMounter } from '../../src/services/create-server.js';
import { type RateLimiter, rateLimitNotice } from '../../src/services/rate-limit.js';
import { buildSite, type SiteFile } from './site.js';

/**
 * Who may frame the pages: the directory is a Teams personal tab, and Teams, Outlook and the
 * Microsoft 365 app show tabs in frames from these hosts
 * (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements).
 */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

/** Nothing from elsewhere, no inline script or style: the pages need nothing else. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** Teams' `{theme}` values (default, dark, contrast) and ours, as the pages' data-theme. */
const THEMES: Record<string, string> = {
  default: 'light',
  light: 'light',
  dark: 'dark',
  contrast: 'contrast',
};

/** What the directory needs from the server. */
export interface DirectoryOptions {
  bot: Bot;
  logger: Logger;
  /** The per-person limit shared with the chat adapters; the web's person is its address. */
  rateLimit: RateLimiter;
}

function setHeaders(res: express.Response, type: string): void {
  res.set({
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Revalidated each time (express answers 304 by ETag): a reload must show at once.
    'cache-control': 'no-cache',
  });
}

/** The page for a request path: "/" is the index, "/partners/ub.html" a partner. */
function fileFor(files: Map<string, SiteFile>, path: string): SiteFile | undefined {
  const key = path === '/' ? 'index.html' : path.slice(1);
  return files.get(key);
}

/**
 * The directory's routes: the pages at / (rendered once per dataset, then served from memory;
 * a hot reload swaps `bot.dataset`, and the next request renders the new one), and
 * GET /api/answer?q=…, the core's Answer as JSON, under the same per-person limit as chat.
 */
export function createDirectoryRoutes(options: DirectoryOptions): RouteMounter {
  const { bot, logger, rateLimit } = options;
  let site: { dataset: Dataset; files: Map<string, SiteFile> } | undefined;
  const current = (): Map<string, SiteFile> => {
    const { dataset } = bot;
    if (site?.dataset !== dataset) {
      const started = performance.now();
      site = { dataset, files: buildSite(dataset, { search: true }) };
      const bytes = [...site.files.values()].reduce((n, f) => n + f.body.length, 0);
      logger.info(
        {
          adapter: 'web',
          pages: site.files.size,
          bytes,
          ms: Math.round(performance.now() - started),
        },
        'directory rendered',
      );
    }
    return site.files;
  };
  return (app) => {
    app.get('/api/answer', async (req, res) => {
      const q = req.query.q;
      res.set('content-security-policy', CONTENT_SECURITY_POLICY);
      if (typeof q !== 'string' || q.trim() === '') {
        res.status(400).json({ error: 'missing_question', message: 'Ask with ?q=your+question.' });
        return;
      }
      // The limit may live in Redis, shared by the replicas: an awaited check.
      const decision = await rateLimit.check(
        `web:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`,
      );
      if (!decision.allowed) {
        res.set('retry-after', String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
        res.status(429).json({ error: 'rate_limited', message: rateLimitNotice(decision) });
        return;
      }
      const started = performance.now();
      const answer = bot.answer(q);
      logger.info(
        { adapter: 'web', intent: answer.intent, ms: Math.round(performance.now() - started) },
        'answered',
      );
      logger.debug({ adapter: 'web', question: answer.question }, 'question');
      res.json(answer);
    });
    app.get(/^\/(?:[a-z0-9-]+\/)?[a-z0-9-]+\.(?:html|css|js)$|^\/$/, (req, res, next) => {
      const file = fileFor(current(), req.path);
      if (!file) {
        next();
        return;
      }
      setHeaders(res, file.type);
      const theme = THEMES[typeof req.query.theme === 'string' ? req.query.theme : ''];
      // Teams passes its theme in the tab's URL; the page then starts in it, before any script.
      res.send(theme ? file.body.replace('data-theme="auto"', `data-theme="${theme}"`) : file.body);
    });
  };
}
