/**
 * Teams and Adaptive Card limits in one place. Sources:
 * - message size: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages
 *   (documented as 28 KB, later 40 KB and 100 KB, counted on the payload encoded as UTF-16; we
 *   keep to the smallest figure so a card is accepted by every tenant and client);
 * - actions: the Teams host config renders at most 6 actions on a card;
 * - schema: Teams desktop and web render Adaptive Cards up to 1.5.
 */
import { MAX_QUESTION_LENGTH } from '../../src/core/index.js';

export const TEAMS_LIMITS = {
  /**
   * Largest outgoing activity as it goes on the wire, in bytes of its JSON encoded as UTF-16:
   * the card message and the addressing the SDK adds to it (from, recipient, conversation,
   * serviceUrl, replyToId…).
   */
  maxPayloadBytes: 28 * 1024,
  /**
   * Bytes kept for the addressing when the conversation is not known (a card rendered alone).
   * The handler measures the real figure for each conversation (see addressing.ts).
   */
  addressingReserve: 4 * 1024,
  /**
   * Bytes kept on top of the measured addressing, for what the SDK or a channel may add that
   * the measurement does not see.
   */
  sendHeadroom: 1024,
  /** Adaptive Card schema version the cards declare. */
  cardVersion: '1.5',
  /** Buttons shown under a card. */
  maxActions: 6,
  /** Characters in a button title before it is cut. */
  maxActionTitle: 60,
  /** Characters in one TextBlock before it is cut. */
  maxTextBlock: 2_000,
  /** Characters of the plain-text fallback carried by the card. */
  maxFallbackText: 4_000,
  /** Characters of the activity summary shown in notifications. */
  maxSummary: 200,
  /** Longest quoted source sentence at full detail; shortening lowers it. */
  maxQuote: 400,
  /**
   * Citations in personal and group chats
   * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content#add-citations):
   * Teams refuses a message with more than 20 (400); a citation's title holds 80 characters, its
   * abstract 160, and it has at most 3 keywords of 28 characters each.
   */
  maxCitations: 20,
  citationName: 80,
  citationAbstract: 160,
  citationKeywords: 3,
  citationKeyword: 28,
  /**
   * Characters of an incoming message's text that are read at all: four times the question the
   * core reads, for the markup around it (`<at>eucanbot</at>`, `<p>`, `&amp;` for `&`), so that a
   * question the core would read whole is never cut here. The rest is dropped before any pattern
   * runs over it.
   */
  maxIncomingText: 4 * MAX_QUESTION_LENGTH,
  /**
   * Entities of an incoming message searched for the bot's mention. Teams sends one per mention
   * and one clientInfo; 4,000 of them in a 256 KB body cost a fifth of a second to read.
   */
  maxEntitiesRead: 100,
  /** Activities one turn may send; the bot sends one, so this only stops a runaway turn. */
  maxSendsPerTurn: 3,
  /** Largest incoming activity the endpoint parses. */
  maxRequestBody: '256kb',
} as const;
