import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { exampleSubjects } from './example-subjects.js';
import { countryName, workPackageRange } from './parts.js';

/** A command people can pick from a chat platform's menu: a question, and what it asks. */
export interface AppCommand {
  title: string;
  description: string;
}

/**
 * The questions the app manifests offer (Teams' command menu, Slack's usage hint), with the
 * dataset's own work packages, country, partner and topic, so that each works for any consortium.
 */
export function appCommands(index: KnowledgeIndex): AppCommand[] {
  const { ledWorkPackage, busyWorkPackage, country, coordinator, topic } = exampleSubjects(index);
  const commands: (AppCommand | '' | undefined)[] = [
    { title: 'help', description: 'What I can answer, with examples' },
    ledWorkPackage && {
      title: `who leads ${ledWorkPackage}`,
      description: `Who leads a work package (${workPackageRange(index)})`,
    },
    busyWorkPackage && {
      title: `who is in ${busyWorkPackage}`,
      description: 'The partners working in a work package',
    },
    busyWorkPackage && {
      title: `what does ${busyWorkPackage} cover`,
      description: 'What a work package is about',
    },
    country && {
      title: `partners in ${countryName(country)}`,
      description: 'The partners in a country',
    },
    coordinator && {
      title: `what does ${coordinator.acronym} do`,
      description: 'What a partner does, by name or acronym',
    },
    topic && { title: `who handles ${topic}`, description: 'Who works on a topic' },
    { title: 'who is the coordinator', description: 'The partner that coordinates the project' },
    { title: 'list all partners', description: 'Every partner, with country and type' },
    { title: 'list the work packages', description: 'Every work package and its leader' },
  ];
  return commands.filter((c) => c !== undefined && c !== '');
}
