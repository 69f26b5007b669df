/**
 * Slack's size limits for what eucanbot sends, in one place. The renderer shortens content to fit
 * ("…and N more") rather than let the Web API reject a message.
 * https://docs.slack.dev/reference/block-kit/blocks
 */
export const SLACK_LIMITS = {
  /** Blocks in one message; modals and Home tabs allow 100. */
  messageBlocks: 50,
  homeBlocks: 100,
  /** Characters in a section block's text. */
  sectionText: 3000,
  /** Elements in a context block, and characters in each text element. */
  contextElements: 10,
  contextText: 2000,
  /** Characters in a header block's plain_text. */
  headerText: 150,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Characters in a button's label and in its value. */
  buttonText: 75,
  buttonValue: 2000,
  /**
   * Top-level `text`: Slack truncates past 40,000 characters and advises keeping messages under
   * 4,000 (https://api.slack.com/methods/chat.postMessage#truncating).
   */
  messageText: 4000,
  /**
   * Total text across a message's blocks. Undocumented: chat.postMessage answers
   * `msg_blocks_too_long` from about 13,000 characters (slackapi/bolt-js#2509), so stay below.
   */
  messageBlocksText: 12000,
} as const;
