/**
 * The subset of the Adaptive Card 1.5 schema the Teams adapter writes
 * (https://adaptivecards.io/explorer/). Output shapes only: nothing is parsed with them.
 */

type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';

/** A block of Markdown-lite text. */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium' | 'Large';
  isSubtle?: boolean;
  color?: 'Accent' | 'Attention' | 'Warning';
  spacing?: Spacing;
  separator?: boolean;
}

/** Plain text with its own styling; no Markdown is interpreted inside. */
export interface TextRun {
  type: 'TextRun';
  text: string;
  italic?: boolean;
  isSubtle?: boolean;
  weight?: 'Bolder';
  /** A link on the run: only ever a checked `mailto:` (see contact-blocks.ts). */
  selectAction?: { type: 'Action.OpenUrl'; url: string };
}

/** A paragraph of TextRuns. */
export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: Spacing;
}

/** Label and value pairs. */
export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  spacing?: Spacing;
}

/** A group of elements, set apart by a separator line. */
export interface Container {
  type: 'Container';
  items: CardElement[];
  separator?: boolean;
  spacing?: Spacing;
}

/** Any element a card body holds. */
export type CardElement = TextBlock | RichTextBlock | FactSet | Container | ActionSet;

/**
 * What a question button sends back: Teams' messageBack posts `text` and shows `displayText`,
 * and passes the rest as the activity's `value`. `full` asks for the whole answer ("Show all").
 */
export interface QuestionButtonData {
  question: string;
  full?: true;
  msteams: { type: 'messageBack'; text: string; displayText: string };
}

/** A button that sends its data back to the bot. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: QuestionButtonData;
}

/**
 * A Universal Action: Teams sends it to the bot as an `adaptiveCard/action` invoke and shows the
 * bot's reply to the person who clicked only (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview).
 */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, string>;
}

/** Buttons inside the card's body: the channel feedback buttons, apart from the question buttons. */
export interface ActionSet {
  type: 'ActionSet';
  actions: ExecuteAction[];
  spacing?: Spacing;
}

/** A complete card, as sent in an attachment. */
export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: string;
  body: CardElement[];
  actions: SubmitAction[];
  fallbackText: string;
  msteams: { width: 'Full' };
}

/** The attachment content type Teams recognises as an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** An outgoing message activity carrying one card, before the SDK fills in the addressing. */
export interface CardMessage {
  type: 'message';
  summary: string;
  /** Teams' native feedback loop (thumbs up and down) on the message, in personal and group chats. */
  channelData?: { feedbackLoopEnabled: true };
  attachments: [{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: AdaptiveCard }];
}
