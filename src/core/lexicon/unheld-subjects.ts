/**
 * Subjects people ask a consortium assistant about that a partner dataset does not hold:
 * contact details, dates, money and staff. A question about one gets a plain "the dataset has
 * no …" and the nearest thing it knows, never a list of partners matched on another word of
 * it ("the deadline of the next deliverable", "what a postdoc earns at UB"). A word counts only
 * when the dataset itself does not use it, so a dataset that describes budgets answers about
 * them. The words are everyday English for each subject; none is about any one consortium.
 * Words of general chat that name no subject of a consortium ("today", "price", "money") are
 * left out: "what's the weather like today" is out of scope, not a question about dates.
 */
export const UNHELD_SUBJECTS = [
  {
    id: 'contacts',
    says: 'contact details (addresses, phone numbers or emails)',
    words: [
      'address',
      'addresses',
      'phone',
      'telephone',
      'email',
      'emails',
      'mail',
      'fax',
      'postal',
      'postcode',
      'website',
      'homepage',
      'url',
      'contact',
      'contacts',
    ],
  },
  {
    id: 'dates',
    says: 'dates, deadlines or schedules',
    words: [
      'deadline',
      'deadlines',
      'date',
      'dates',
      'schedule',
      'schedules',
      'timeline',
      'calendar',
      'due',
    ],
  },
  {
    id: 'money',
    says: 'budgets, costs or salaries',
    words: [
      'budget',
      'budgets',
      'salary',
      'salaries',
      'earn',
      'earns',
      'wage',
      'wages',
      'paid',
      'reimbursement',
      'reimbursed',
      'euro',
      'euros',
      'fee',
      'fees',
    ],
  },
  {
    id: 'people',
    says: "people's names or staff",
    words: [
      'pi',
      'postdoc',
      'postdocs',
      'staff',
      'employee',
      'employees',
      'headcount',
      'colleague',
      'colleagues',
      'surname',
    ],
  },
] as const;

/** A subject the dataset does not hold. */
export type UnheldSubject = (typeof UNHELD_SUBJECTS)[number];

/** A question that starts with this word asks for a date ("when is the next meeting?"). */
export const DATE_QUESTION_WORD = 'when';
