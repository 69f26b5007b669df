import { countryName } from '../../src/core/answer/parts.js';
import type { Suggestion } from '../../src/core/schema/answer.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { type SlackMessage, section, truncate } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS } from './limits.js';

/** One suggested prompt of an assistant thread: the button's title and the message it sends. */
export interface AssistantPrompt {
  title: string;
  message: string;
}

/** What a new assistant thread shows: a greeting message and the suggested prompts under it. */
export interface AssistantGreeting {
  message: SlackMessage;
  promptsTitle: string;
  prompts: AssistantPrompt[];
}

/** The country with the most partners, the first in the dataset's order on a tie. */
function busiestCountry(dataset: Dataset): string | undefined {
  const counts = new Map<string, number>();
  for (const p of dataset.partners) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [country, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = country;
  return best;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The greeting of a new assistant thread, said in the dataset's own terms (its name, its
 * partners, countries and work packages), and the dataset's example questions as the suggested
 * prompts: the core draws those from the dataset (a work package with a leader, a topic a
 * leader handles, the coordinator, the country with most partners), so any consortium gets its
 * own. Pure.
 */
export function renderAssistantGreeting(
  dataset: Dataset,
  examples: readonly Suggestion[],
): AssistantGreeting {
  const { consortium, partners, workPackages } = dataset;
  const countries = new Set(partners.map((p) => p.country)).size;
  const scope = [
    plural(partners.length, 'partner'),
    `${countries === 1 ? 'in 1 country' : `in ${countries} countries`}`,
  ].join(' ');
  const wps =
    workPackages.length > 0 ? ` and its ${plural(workPackages.length, 'work package')}` : '';
  const intro = `Hi! I answer who-does-what questions about the ${consortium.name} consortium: its ${scope}${wps}. Every answer quotes the sentence it comes from.`;
  const country = busiestCountry(dataset);
  const followUp = `Ask in your own words, or pick a question below. In this thread I remember what we said, so you can follow up: “${country ? `and in ${countryName(country)}?` : 'and who else?'}”, “the second one?”, “show me all”.`;
  return {
    message: {
      text: escapeMrkdwn(intro),
      blocks: [section(escapeMrkdwn(intro)), section(escapeMrkdwn(followUp))],
    },
    promptsTitle: `Try asking about ${consortium.name}:`,
    prompts: examples.slice(0, SLACK_LIMITS.assistantPrompts).map((e) => ({
      title: truncate(e.label, SLACK_LIMITS.assistantTitle),
      message: e.question,
    })),
  };
}
