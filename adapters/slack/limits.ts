/**
 * Slack's size limits for what eucanbot sends and receives, in one place. The renderer shortens
 * content to fit ("…and N more") rather than let the Web API reject a message.
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
   * Suggested prompts in an assistant thread: "up to four"
   * (https://docs.slack.dev/reference/methods/assistant.threads.setSuggestedPrompts).
   */
  assistantPrompts: 4,
  /**
   * Characters of a prompt's title and of a thread's title. Slack documents no limit for either;
   * both show as one line, so they are cut as a button label is.
   */
  assistantTitle: 75,
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
  /**
   * Bytes of one request body Slack sends us. The largest eucanbot answers is a message event:
   * up to 40,000 characters of text (see messageText) carried twice, as `text` and as rich_text
   * blocks, at most 6 bytes a character once escaped as `\uXXXX` in JSON: 480 KB and the envelope.
   * A button click carries one of our own messages (under 16,000 characters, see above),
   * form-encoded at most 8 bytes a character: 256 KB. 1 MiB is twice the largest. Bolt's own
   * bound is 4 MB (https://github.com/slackapi/bolt-js/releases/tag/v5.1.0).
   */
  requestBody: 1024 * 1024,
  /**
   * Seconds a request's timestamp may differ from our clock, either way, before it is refused as
   * a possible replay (https://docs.slack.dev/authentication/verifying-requests-from-slack).
   */
  requestClockSkew: 5 * 60,
} as const;
