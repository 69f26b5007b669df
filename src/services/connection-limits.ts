import type http from 'node:http';
import type { Socket } from 'node:net';

/**
 * How long a connection may take and how many the server holds. 21,000 sockets that never sent
 * a byte once kept the server unreachable for 70 s: Node's defaults let such a socket live for
 * its 60 s header timeout plus up to one 30 s sweep, and nothing bounded their number.
 */
export const CONNECTION_LIMITS = {
  /**
   * From accepting a connection to the end of its request's headers, which also covers a socket
   * that never sends a byte. Slack gives up on a request it has no answer to after 3 s, and
   * Slack and the Bot Framework send their headers at once, so 5 s loses no real request.
   * https://api.slack.com/apis/events-api#responding
   */
  headersTimeoutMs: 5_000,
  /** How often Node sweeps for the two timeouts; its default, 30 s, adds up to 30 s to each. */
  checkingIntervalMs: 1_000,
  /**
   * Receiving a whole request, body included (not answering it). The Bot Framework drops a
   * request that has no answer after 15 s, so a body still arriving then is of no use.
   * https://learn.microsoft.com/azure/bot-service/bot-builder-howto-long-operations-guidance
   */
  requestTimeoutMs: 15_000,
  /**
   * An idle keep-alive connection between two requests: Node's own default, stated so it is
   * seen. A proxy in front must close its idle upstream connections sooner than this.
   */
  keepAliveTimeoutMs: 5_000,
  /**
   * Connections held at once. A consortium's bot gets a few requests a second, each answered in
   * well under a second; 1,000 keeps the process within the usual open-file limits with room
   * for its own outbound connections (64 per platform origin) and files.
   */
  maxConnections: 1_000,
} as const;

/** The http.Server options for the timeouts of {@link CONNECTION_LIMITS}. */
export const SERVER_TIMEOUTS: http.ServerOptions = {
  headersTimeout: CONNECTION_LIMITS.headersTimeoutMs,
  requestTimeout: CONNECTION_LIMITS.requestTimeoutMs,
  keepAliveTimeout: CONNECTION_LIMITS.keepAliveTimeoutMs,
  connectionsCheckingInterval: CONNECTION_LIMITS.checkingIntervalMs,
};

/**
 * Holds at most `max` connections. Past the bound, the connection idle the longest (none of its
 * requests running: never sent one, or kept alive after one) is closed for the new one, so a
 * flood of idle sockets cannot lock out /healthz and real requests as a plain
 * `server.maxConnections` would. Only when every connection is busy is the new one refused.
 */
export function boundConnections(server: http.Server, max: number): void {
  // Oldest first: a Set iterates in insertion order.
  const idle = new Set<Socket>();
  let open = 0;
  server.on('connection', (socket: Socket) => {
    open++;
    socket.once('close', () => {
      open--;
      idle.delete(socket);
    });
    if (open > max) {
      const oldest = idle.values().next().value;
      if (oldest === undefined) {
        socket.destroy();
        return;
      }
      idle.delete(oldest);
      oldest.destroy();
    }
    idle.add(socket);
  });
  // Pipelined requests overlap on one socket, so it is idle only when the last one is done.
  const running = new WeakMap<Socket, number>();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const { socket } = req;
    running.set(socket, (running.get(socket) ?? 0) + 1);
    idle.delete(socket);
    res.once('close', () => {
      const left = (running.get(socket) ?? 1) - 1;
      running.set(socket, left);
      if (left === 0 && !socket.destroyed) idle.add(socket);
    });
  });
}
