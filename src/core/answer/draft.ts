import type {
  AnswerContact,
  AnswerPartner,
  AnswerWorkPackage,
  Intent,
  Suggestion,
} from '../schema/answer.js';

/** An answer before its text is rendered: what each intent handler returns. */
export interface Draft {
  intent: Intent;
  confidence: number;
  /** The first line, in Markdown. */
  headline: string;
  partners: AnswerPartner[];
  workPackages: AnswerWorkPackage[];
  /** Lines after the partners, such as "and 3 more" or a caveat. */
  notes: string[];
  suggestions: Suggestion[];
  /** How much of each partner to show in text: roles with sources, or one line each. */
  detail: 'roles' | 'list';
  /** Contacts the question asked for, where the dataset holds them. */
  contacts?: AnswerContact[];
}

/** A draft with defaults for the fields most intents leave empty. */
export function draft(fields: Partial<Draft> & Pick<Draft, 'intent' | 'headline'>): Draft {
  return {
    confidence: 1,
    partners: [],
    workPackages: [],
    notes: [],
    suggestions: [],
    detail: 'roles',
    ...fields,
  };
}
