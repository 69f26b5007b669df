/**
 * The platforms' stand-ins for `npm run load`, run in a child process so that their work does not
 * delay the load generator's clock: a Slack Web API and response_url host, and a Teams Bot
 * Connector, on loopback. They answer like the real ones and keep only the key of each reply.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Each reply's key and when it arrived (epoch ms, sub-millisecond), in arrival order. */
const replies: [string, number][] = [];
const connector = /^\/teams\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/;

function replyKey(url: string, body: string): string | undefined {
  if (url.startsWith('/respond/')) return `R${url.slice('/respond/'.length)}`;
  if (url === '/api/chat.postMessage') return `T${new URLSearchParams(body).get('thread_ts')}`;
  const activity = connector.exec(url)?.[1];
  return activity === undefined ? undefined : decodeURIComponent(activity);
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
  });
  req.on('end', () => {
    const url = req.url ?? '';
    const key = replyKey(url, body);
    if (key !== undefined) replies.push([key, performance.timeOrigin + performance.now()]);
    const answer = url.startsWith('/respond/')
      ? 'ok'
      : url.startsWith('/teams/')
        ? JSON.stringify({ id: `reply-${replies.length}` })
        : JSON.stringify({ ok: true, channel: 'C1', ts: '1.1', user_id: 'UBOT', bot_id: 'BBOT' });
    res.writeHead(200, {
      'content-type': url.startsWith('/respond/') ? 'text/plain' : 'application/json',
    });
    res.end(answer);
  });
});

server.listen(0, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.send?.({ type: 'ready', base });
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'replies') process.send?.({ type: 'replies', replies });
  if (message.type === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
// The parent going away ends the fakes too.
process.on('disconnect', () => process.exit(0));
