import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { type Draft, draft } from './draft.js';
import { type ExampleSubjects, exampleSubjects } from './example-subjects.js';
import { countryName, withArticle } from './parts.js';
import { didYouMean, exampleQuestions, limitSuggestions, understoodParts } from './suggest.js';

/**
 * Examples of a filter and of a left-out filter, from the dataset: ` ("Spanish partners in WP2",
 * "partners not in Spain")`, or as much of it as the dataset allows.
 */
function combinedExamples(subjects: ExampleSubjects): string {
  const { country, countryAdjective, busyWorkPackage } = subjects;
  const examples: string[] = [];
  if (countryAdjective && busyWorkPackage)
    examples.push(`${countryAdjective} partners in ${busyWorkPackage}`);
  if (country) examples.push(`partners not in ${countryName(country)}`);
  return examples.length > 0 ? ` (${examples.map((e) => `"${e}"`).join(', ')})` : '';
}

/** What the bot can answer, with examples drawn from the dataset. */
export function answerHelp(index: KnowledgeIndex): Draft {
  const examples = exampleQuestions(index);
  const name = index.dataset.consortium.name;
  const { topic } = exampleSubjects(index);
  const together = combinedExamples(exampleSubjects(index));
  return draft({
    intent: 'help',
    headline: [
      `I answer questions about the ${name} consortium from its partner dataset, and quote the sentence each answer comes from. You can ask:`,
      `- who handles, leads or works on a topic${topic ? ` ("who handles ${topic}?")` : ''}`,
      '- about a work package: who leads it, who is in it, what it covers',
      '- what a partner does, by name, acronym or alias',
      '- which partners are in a country, or of a kind (universities, companies…)',
      ...[...index.partnersByRelation.keys()]
        .slice(0, 1)
        .map((relation) => `- which partner is ${withArticle(relation)}`),
      `- any of these together, or leaving one out${together}`,
      '- who the coordinator is, or to list all partners or work packages',
      examples.length > 0
        ? `For example: ${examples.map((e) => `“${e.question}”`).join(' · ')}`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
    suggestions: examples,
  });
}

/** Honest "I don't know": no partner, and questions that would work instead. */
export function answerUnknown(index: KnowledgeIndex, parsed: ParsedQuestion, hint?: string): Draft {
  const name = index.dataset.consortium.name;
  const words = parsed.unexplained;
  const nearest = didYouMean(index, words);
  const understood = understoodParts(index, parsed);
  const lines = [
    words.length > 0
      ? `I don't know about “${words.join(' ')}”: nothing in the ${name} dataset matches it.`
      : `I'm not sure what you're asking, so I won't guess.`,
  ];
  if (hint) lines.push(hint);
  if (nearest.length > 0)
    lines.push(`Did you mean ${nearest.map((s) => `“${s.question}”`).join(' or ')}?`);
  else if (understood.length > 0)
    lines.push(`I can answer ${understood.map((s) => `“${s.question}”`).join(' or ')}.`);
  else lines.push(`I answer questions about who does what in ${name}. Type “help” for examples.`);
  return draft({
    intent: 'unknown',
    confidence: 0,
    headline: lines.join(' '),
    suggestions: limitSuggestions([...nearest, ...understood, ...exampleQuestions(index)]),
  });
}
