import type { types } from '@slack/bolt';
import type { Suggestion } from '../../src/core/schema/answer.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import {
  actions,
  type Block,
  button,
  context,
  header,
  joinWithMore,
  section,
  truncate,
} from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS } from './limits.js';
import type { MatrixImage } from './matrix-image.js';

/** What the Home tab shows beyond the dataset, when it has it. */
export interface HomeExtras {
  /** The matrix picture, uploaded to Slack. */
  image?: MatrixImage | undefined;
  /** PUBLIC_URL: the button to the directory page. */
  directoryUrl?: string | undefined;
}

/** The action id of the button to the directory; a link button still sends its click. */
export const OPEN_DIRECTORY_ACTION = 'open-directory';

/** Longest "covers" text per work package on the Home tab. */
const COVERS_LENGTH = 140;

function workPackageLines(dataset: Dataset): string[] {
  const partners = new Map(dataset.partners.map((p) => [p.id, p]));
  return dataset.workPackages.map((wp) => {
    const leader = wp.leader === null ? undefined : partners.get(wp.leader);
    const led = leader
      ? `led by *${escapeMrkdwn(leader.acronym)}* (${escapeMrkdwn(leader.name)})`
      : 'no leader named in the source';
    const title = wp.title ? ` ${escapeMrkdwn(wp.title)}` : '';
    return `• *${wp.id}*${title}, ${led}: ${escapeMrkdwn(truncate(wp.covers, COVERS_LENGTH))}`;
  });
}

/**
 * The App Home onboarding page: what the consortium is, its coordinator, the work packages and
 * their leaders, how to ask, and example questions as buttons.
 */
export function renderHome(
  dataset: Dataset,
  examples: readonly Suggestion[],
  botUserId: string,
  command: string,
  extras: HomeExtras = {},
): types.HomeView {
  const { consortium } = dataset;
  const coordinator = dataset.partners.find((p) => p.id === consortium.coordinator);
  const blocks: Block[] = [
    header(`${consortium.name}: who does what`),
    section(escapeMrkdwn(consortium.description)),
  ];
  if (coordinator)
    blocks.push(
      section(
        `*Coordinator:* *${escapeMrkdwn(coordinator.acronym)}* ${escapeMrkdwn(coordinator.name)} (${escapeMrkdwn(coordinator.country)})`,
      ),
    );
  if (extras.image)
    blocks.push({
      type: 'image',
      slack_file: { id: extras.image.fileId },
      alt_text: extras.image.altText,
      title: { type: 'plain_text', text: truncate(extras.image.title, SLACK_LIMITS.headerText) },
    });
  if (extras.directoryUrl)
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: OPEN_DIRECTORY_ACTION,
          text: { type: 'plain_text', text: 'Open the directory' },
          url: `${extras.directoryUrl}/`,
          style: 'primary',
        },
      ],
    });
  blocks.push(
    { type: 'divider' },
    header('Work packages'),
    section(joinWithMore(workPackageLines(dataset), SLACK_LIMITS.sectionText, 'work packages')),
    { type: 'divider' },
    header('How to ask'),
    section(
      [
        `• Mention <@${botUserId}> in a channel: I answer in the thread.`,
        '• Send me a direct message in the Messages tab.',
        `• Type \`${escapeMrkdwn(command)} <question>\` anywhere: only you see the answer, and you can share it.`,
      ].join('\n'),
    ),
  );
  if (examples.length > 0)
    blocks.push(
      section('*Try asking* (I answer in the Messages tab):'),
      actions(examples.map((e, i) => button(e.label, `suggest-${i}`, e.question))),
    );
  blocks.push(
    context([
      `Answers come from the ${escapeMrkdwn(consortium.name)} partner dataset and quote the sentence they rely on.`,
    ]),
  );
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}
