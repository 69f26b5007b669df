/**
 * The throughput ceiling for `npm run load`: a Bolt app on the same receiver as eucanbot
 * (ExpressReceiver in an express server) whose listeners only ack. Run as a child process with
 * PORT, SLACK_SIGNING_SECRET and SLACK_API_URL (it never calls the API).
 */
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import express from 'express';

const receiver = new ExpressReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  logLevel: LogLevel.ERROR,
});
const app = new App({
  token: 'xoxb-bare-bolt',
  botId: 'BBOT',
  botUserId: 'UBOT',
  receiver,
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? 'http://127.0.0.1:9/api/' },
  logLevel: LogLevel.ERROR,
});
// Events are acked by Bolt before the listener runs; the command is acked and nothing more.
app.event('app_mention', async () => {});
app.command('/eucan', async ({ ack }) => {
  await ack();
});

const server = express();
server.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
server.use(receiver.router);
const listening = server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  listening.close(() => process.exit(0));
  listening.closeAllConnections();
});
