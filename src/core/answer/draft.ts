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
  /** Contacts the question asked for, where the dataset holds them; empty otherwise. */
  contacts: AnswerContact[];
}

/**
 * A draft with defaults for the fields most intents leave empty. Every field is set, in one
 * order, whatever the caller gives: drafts spread from the caller's fields came in as many
 * shapes as there are answerers, and each new one undid V8's optimised code for the functions
 * that read drafts (--trace-deopt "wrong map", the bench's p99, issue #11).
 */
export function draft(fields: Partial<Draft> & Pick<Draft, 'intent' | 'headline'>): Draft {
  return {
    intent: fields.intent,
    confidence: fields.confidence ?? 1,
    headline: fields.headline,
    partners: fields.partners ?? [],
    workPackages: fields.workPackages ?? [],
    notes: fields.notes ?? [],
    suggestions: fields.suggestions ?? [],
    detail: fields.detail ?? 'roles',
    contacts: fields.contacts ?? [],
  };
}
