/**
 * How people ask for a way to reach someone, in everyday English, for no consortium in
 * particular. `sure` words ask for a contact on their own ("what's UB's email?", "phone number
 * of CRG"); `weak` words do only when the question names whom to reach and no topic: "who is
 * the contact at BSC?" asks for a contact, "whom do I contact about GDPR?" for a partner.
 */
export const CONTACT_WORDS = {
  sure: [
    'email',
    'emails',
    'mail',
    'mailbox',
    'phone',
    'phones',
    'telephone',
    'tel',
    'fax',
    'postal',
    'postcode',
    'zip',
    'website',
    'homepage',
    'url',
    'slack',
    'dm',
    'touch',
    'mailing',
  ],
  weak: [
    'contact',
    'contacts',
    'person',
    'people',
    'someone',
    'somebody',
    'anyone',
    'reach',
    'call',
    'ring',
    'office',
    'write',
    'talk',
    'speak',
    'message',
    'ping',
  ],
} as const;

/**
 * "address" is a contact detail as a noun ("UB's address", "the office address", "address of
 * CRG") and a verb otherwise ("who can address AI errors"): these words before it make it a noun.
 */
export const ADDRESS_NOUN_BEFORE: ReadonlySet<string> = new Set([
  's',
  'its',
  'their',
  'the',
  'an',
  'what',
  'whats',
  'office',
  'postal',
  'mailing',
  'email',
  'mail',
  'street',
  'visiting',
  'web',
  'full',
  'physical',
]);

/** The words "address" may have after it as a noun: "address of UB", "address for CRG". */
export const ADDRESS_NOUN_AFTER: ReadonlySet<string> = new Set(['of', 'for', 'at']);
