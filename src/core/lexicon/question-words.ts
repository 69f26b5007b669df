/**
 * Words nearly every question is made of, which people mistype as often as any other ("waht",
 * "wich", "abuot"). They carry no topic, so the corrector leaves out stop words in general: an
 * unknown topic word must not vanish into "them" or "then". These are the exceptions it may
 * correct to, long enough (four letters or more) that a one-letter slip cannot reach them from
 * an unrelated word.
 */
export const QUESTION_WORDS: readonly string[] = [
  'what',
  'which',
  'where',
  'whose',
  'about',
  'does',
  'with',
  'there',
  'their',
  'should',
  'could',
  'would',
  'tell',
  'please',
  'thanks',
  'someone',
  'anyone',
  'know',
];
