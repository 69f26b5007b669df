import { describe, expect, it } from 'vitest';
import { MATRIX_SVG } from '../../../adapters/web/matrix-svg.js';
import { FAKE_FILE_ID, waitFor } from '../../helpers/fake-slack-api.js';
import { decodePng } from '../../helpers/png-decode.js';
import { realBot } from '../../helpers/real-bot.js';
import { eventEnvelope, postEvent } from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer({ PUBLIC_URL: 'https://bot.example.org/' });

function openHome(user: string) {
  return postEvent(
    slack.eventsUrl,
    eventEnvelope({ type: 'app_home_opened', user, channel: 'D3', tab: 'home', event_ts: '1.1' }),
  );
}

const publishes = (n: number) =>
  waitFor(
    () => slack.fake.callsTo('views.publish').length >= n && slack.fake.callsTo('views.publish'),
    15_000,
    `${n} views.publish`,
  );

type Block = {
  type: string;
  slack_file?: { id: string };
  alt_text?: string;
  elements?: { url?: string }[];
};

describe('the App Home matrix picture', () => {
  it('uploads the matrix PNG once per dataset and shows it by file, with a button to the page', async () => {
    await openHome('U3');
    const [publish] = await publishes(1);
    const [ask] = slack.fake.callsTo('files.getUploadURLExternal');
    const [upload] = slack.fake.callsTo('upload');
    const [complete] = slack.fake.callsTo('files.completeUploadExternal');
    const bytes = upload?.bytes ?? Buffer.alloc(0);
    expect(Number(ask?.body.length)).toBe(bytes.length);
    expect(String(ask?.body.filename)).toMatch(/^EuCanImage-matrix-[0-9a-f]{16}\.png$/);
    const png = decodePng(bytes);
    const rows = realBot().dataset.partners.length;
    expect(png.width).toBe(MATRIX_SVG.width * 2);
    expect(png.height).toBe(
      (MATRIX_SVG.titleHeight +
        MATRIX_SVG.headerHeight +
        rows * MATRIX_SVG.rowHeight +
        MATRIX_SVG.footerHeight) *
        2,
    );
    // Completed without a channel: the file is the app's, shown only where it references it.
    expect(complete?.body.files).toEqual([
      { id: FAKE_FILE_ID, title: expect.stringContaining('work package') },
    ]);
    expect(complete?.body.channel_id).toBeUndefined();
    const blocks = (publish?.body.view as { blocks: Block[] } | undefined)?.blocks ?? [];
    const image = blocks.find((b) => b.type === 'image');
    expect(image?.slack_file).toEqual({ id: FAKE_FILE_ID });
    expect(image?.alt_text).toContain('WP4 led by UAMS/TCIA');
    const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.url);
    expect(button?.url).toBe('https://bot.example.org/');

    await openHome('U4');
    await publishes(2);
    expect(slack.fake.callsTo('upload')).toHaveLength(1);
    expect(slack.fake.callsTo('files.getUploadURLExternal')).toHaveLength(1);
  }, 30_000);

  it('publishes the Home tab without the picture when Slack refuses the file', async () => {
    slack.fake.failNext('views.publish', { body: { ok: false, error: 'invalid_blocks' } });
    await openHome('U5');
    const [refused, plain] = await publishes(2);
    expect(JSON.stringify(refused?.body.view)).toContain(FAKE_FILE_ID);
    expect(JSON.stringify(plain?.body.view)).not.toContain('slack_file');
    expect(JSON.stringify(plain?.body.view)).toContain('https://bot.example.org/');
  }, 30_000);
});
