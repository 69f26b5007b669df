import { createHash } from 'node:crypto';
import type { webApi } from '@slack/bolt';

import { buildMatrix } from '../../src/core/matrix/work-package-matrix.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import type { Logger } from '../../src/logger.js';
import { renderMatrixPng } from '../web/matrix-png.js';
import { renderMatrixSvg } from '../web/matrix-svg.js';

/** The uploaded picture of the matrix, as the App Home's image block references it. */
export interface MatrixImage {
  fileId: string;
  title: string;
  altText: string;
}

/** Uploads the matrix picture once per dataset version and remembers its file. */
export interface MatrixImages {
  /** The dataset's picture, uploaded on first call; undefined when the upload failed. */
  imageFor(client: webApi.WebClient, dataset: Dataset): Promise<MatrixImage | undefined>;
  /** Forgets a file Slack refused to show, so that the next call uploads it again. */
  forget(dataset: Dataset): void;
}

/** After a failed upload, the Home tab goes without the picture this long before a retry. */
const RETRY_AFTER_MS = 5 * 60_000;

const versionOf = (dataset: Dataset): string =>
  createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);

/** Words for a screen reader, within Slack's 2,000 characters of alt_text. */
function altText(dataset: Dataset): string {
  const leaders = new Map(dataset.partners.map((p) => [p.id, p.acronym]));
  const led = dataset.workPackages
    .map((wp) => `${wp.id} ${wp.leader ? `led by ${leaders.get(wp.leader)}` : 'no leader named'}`)
    .join('; ');
  return `Matrix of the ${dataset.partners.length} partners of ${dataset.consortium.name} against its ${dataset.workPackages.length} work packages: ${led}.`.slice(
    0,
    2000,
  );
}

/**
 * Draws the matrix as a PNG and uploads it with Slack's external upload (files.getUploadURLExternal,
 * a POST of the bytes, files.completeUploadExternal) without sharing it in any channel: the
 * image block's `slack_file` then shows it, and no public URL is needed
 * (https://docs.slack.dev/messaging/working-with-files#upload). One upload per dataset version
 * (its content's digest), shared by every Home tab opened meanwhile.
 */
export function createMatrixImages(options: {
  fetch: typeof globalThis.fetch;
  logger: Logger;
}): MatrixImages {
  const { logger } = options;
  const uploads = new Map<string, Promise<MatrixImage | undefined>>();

  const upload = async (client: webApi.WebClient, dataset: Dataset, version: string) => {
    const started = performance.now();
    const png = renderMatrixPng(renderMatrixSvg(buildMatrix(dataset), dataset.consortium.name));
    const filename = `${dataset.consortium.name.replace(/[^\w.-]+/g, '-')}-matrix-${version}.png`;
    const target = await client.files.getUploadURLExternal({ filename, length: png.length });
    if (!target.upload_url || !target.file_id) throw new Error('no upload_url or file_id');
    const posted = await options.fetch(target.upload_url, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: png,
    });
    if (!posted.ok) throw new Error(`upload answered HTTP ${posted.status}`);
    const title = `${dataset.consortium.name}: who is in which work package`;
    await client.files.completeUploadExternal({ files: [{ id: target.file_id, title }] });
    logger.info(
      {
        adapter: 'slack',
        file: target.file_id,
        bytes: png.length,
        ms: Math.round(performance.now() - started),
      },
      'matrix image uploaded',
    );
    return { fileId: target.file_id, title, altText: altText(dataset) };
  };

  return {
    imageFor(client, dataset) {
      const version = versionOf(dataset);
      const known = uploads.get(version);
      if (known) return known;
      const image = upload(client, dataset, version).catch((err: unknown) => {
        logger.warn({ adapter: 'slack', err }, 'matrix image upload failed; Home shows no picture');
        // Kept as "none" for a while, so a Slack that refuses is not asked at every Home open.
        setTimeout(() => uploads.delete(version), RETRY_AFTER_MS).unref();
        return undefined;
      });
      uploads.set(version, image);
      return image;
    },
    forget(dataset) {
      uploads.delete(versionOf(dataset));
    },
  };
}
