import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { EucanbotError } from '../core/errors.js';
import type { Logger } from '../logger.js';
import { boundConnections, CONNECTION_LIMITS, SERVER_TIMEOUTS } from './connection-limits.js';
import type { StoreHealth } from './stores.js';

/** Mounts an adapter's routes, e.g. Slack's POST /slack/events or Teams' POST /api/messages. */
export type RouteMounter = (app: express.Express) => void;

/** What each adapter is doing, as /healthz reports it: `{ slack: 'http', teams: 'off' }`. */
export type AdapterStates = Record<string, string>;

/** Where the server is in its life; /healthz answers 200 only when `ready`. */
export type ServerState = 'starting' | 'ready' | 'stopping';

/** One HTTP server for every adapter. */
export interface HttpServer {
  readonly app: express.Express;
  readonly server: http.Server;
  setState(state: ServerState): void;
  /** Listens and resolves with the bound address (port 0 picks a free port). */
  listen(host: string, port: number): Promise<AddressInfo>;
}

/** Options for {@link createHttpServer}. */
export interface HttpServerOptions {
  adapters: AdapterStates;
  /** Called in order before the fallbacks, so their routes win. */
  mounters: readonly RouteMounter[];
  logger: Logger;
  /** Questions each adapter dropped under load, e.g. `{ slack: 0 }`, shown on /healthz. */
  dropped?: () => Record<string, number>;
  /** Where the shared stores live and whether Redis is reachable, e.g. `{ mode: 'memory' }`. */
  stores?: () => StoreHealth;
}

const TEAMS_OFF = {
  error: 'teams_off',
  message: 'The Teams adapter is off: set the TEAMS_* variables (see .env.example) and restart.',
};

/**
 * Builds the express app and its http.Server: GET /healthz, the adapters' routes, then JSON
 * fallbacks. There is deliberately no global body parser: Slack's receiver verifies signatures
 * over the raw body, which a parser in front of it would consume.
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { adapters, logger } = options;
  let state: ServerState = 'starting';
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.status(state === 'ready' ? 200 : 503).json({
      status: state === 'ready' ? 'ok' : state,
      adapters,
      ...(options.dropped ? { dropped: options.dropped() } : {}),
      ...(options.stores ? { stores: options.stores() } : {}),
    });
  });
  for (const mount of options.mounters) mount(app);
  app.post('/api/messages', (_req, res) => {
    res.status(503).json(TEAMS_OFF);
  });
  app.use((req, res) => {
    res.status(404).json({ error: 'not_found', message: `No route for ${req.method} ${req.path}` });
  });
  app.use(
    (error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal_error' });
    },
  );
  const server = http.createServer(SERVER_TIMEOUTS, app);
  boundConnections(server, CONNECTION_LIMITS.maxConnections);
  return {
    app,
    server,
    setState(next) {
      state = next;
    },
    listen(host, port) {
      return new Promise((resolve, reject) => {
        const onError = (cause: NodeJS.ErrnoException) =>
          reject(
            new EucanbotError(
              'PLATFORM_ERROR',
              `Cannot listen on ${host}:${port}: ${cause.code === 'EADDRINUSE' ? 'the port is in use (set PORT)' : cause.message}`,
              { cause },
            ),
          );
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
  };
}
