/**
 * Where a question's verb is: right after the doer it asks for ("who hosts …", "anyone
 * deploying …", "which partner organises …"), past the words that may stand between ("who's
 * building", "who else brings", "who will lead"). Plain English word order, the same for any
 * consortium; read by understand/question-verb.ts.
 */

/** Words that ask for a doer, folded as typed. */
export const DOER_WORDS: ReadonlySet<string> = new Set([
  'who',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'partner',
  'partners',
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'institution',
  'institutions',
]);

/** Words between the doer and its verb: auxiliaries, contractions' ends and a few adverbs. */
export const BEFORE_VERB: ReadonlySet<string> = new Set([
  's',
  'd',
  'll',
  're',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'else',
  'also',
  'actually',
  'really',
  'currently',
  'still',
  'already',
  'mainly',
  'exactly',
]);
