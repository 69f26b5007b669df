import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Every address a host name resolves to; dns.lookup's, or a stand-in in tests. */
export type ResolveAll = (host: string) => Promise<string[]>;

/** The system resolver (/etc/hosts, then DNS), as `server.listen(port, host)` uses it. */
export const resolveAll: ResolveAll = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** `[::1]` → `::1`: the brackets a URL or a Host header puts around an IPv6 address. */
function withoutBrackets(host: string): string {
  const bare = host.trim().toLowerCase();
  return bare.startsWith('[') && bare.endsWith(']') ? bare.slice(1, -1) : bare;
}

/**
 * True for a literal loopback IP address (127.0.0.0/8, ::1, or 127.x written as IPv6), which
 * nobody else can reach. A name is never loopback here: it says nothing until it is resolved.
 */
export function isLoopbackAddress(address: string): boolean {
  const bare = withoutBrackets(address);
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) !== 6) return false;
  if (bare.startsWith('::ffff:')) return isLoopbackAddress(bare.slice('::ffff:'.length));
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
}

/**
 * True when `host` is a loopback address, or a name every one of whose addresses is loopback.
 * A name that does not resolve is not loopback. Names are resolved, never trusted by their look:
 * `/etc/hosts` or DNS may point `localhost` or `dev.localhost` anywhere.
 */
export async function resolvesToLoopback(
  host: string,
  resolve: ResolveAll = resolveAll,
): Promise<boolean> {
  const bare = withoutBrackets(host);
  if (isIP(bare) !== 0) return isLoopbackAddress(bare);
  const addresses = await resolve(bare).catch(() => []);
  return addresses.length > 0 && addresses.every(isLoopbackAddress);
}

/** A Host header: a name, an IPv4 address or a bracketed IPv6 one, and an optional port. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::[0-9]{1,5})?$/;

/**
 * True when a request's Host header names loopback ("127.0.0.1:3978", "[::1]:3978",
 * "localhost:3978"), as a client on this machine sends it. A tunnel or proxy passes on the public
 * name it was called by; any other shape (user info, a path) is false.
 */
export function isLoopbackHostHeader(header: string | undefined): boolean {
  const host = HOST_HEADER.exec((header ?? '').trim().toLowerCase())?.[1];
  return host !== undefined && (host === 'localhost' || isLoopbackAddress(host));
}
