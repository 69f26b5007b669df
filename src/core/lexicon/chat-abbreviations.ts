/**
 * Chat shorthand for function words, and the words each stands for: "which partners r in the
 * nordics?" asks "which partners are in the nordics?". Read by understand/chat-shorthand.ts,
 * which writes the full word in before the question is read, so that a shorthand is never the
 * unknown word that sinks a question, and "r" is a verb where "are" would be one.
 *
 * Source: the English internet-slang abbreviations of Wiktionary's "Appendix:English internet
 * slang" (https://en.wiktionary.org/wiki/Appendix:English_internet_slang), keeping only those that
 * stand for a function word, a pronoun or politeness (none names a subject the dataset could
 * hold), and the chat-noise families of issue #11 ("r", "u", "ur", "pls", "thx"). Digit
 * shorthands ("2", "4", "b4") are left out: a figure in a question is a work package or a count.
 */
export const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['r', 'are'],
  ['u', 'you'],
  ['ya', 'you'],
  ['ur', 'your'],
  ['yr', 'your'],
  ['sry', 'sorry'],
  ['srry', 'sorry'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['plis', 'please'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['tnx', 'thanks'],
  ['ty', 'thank you'],
  ['abt', 'about'],
  ['bout', 'about'],
  ['thru', 'through'],
  ['tho', 'though'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['bc', 'because'],
  ['b/c', 'because'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['whr', 'where'],
  ['hw', 'how'],
  ['cud', 'could'],
  ['shud', 'should'],
  ['wud', 'would'],
  ['hv', 'have'],
  ['ppl', 'people'],
  ['sth', 'something'],
  ['smth', 'something'],
  ['sb', 'somebody'],
  ['smb', 'somebody'],
  ['any1', 'anyone'],
  ['some1', 'someone'],
  ['every1', 'everyone'],
  ['gimme', 'give me'],
  ['lemme', 'let me'],
  ['dunno', "don't know"],
  // "anyone kno who's …" (issue #11, chat-noise family of fresh set 6).
  ['kno', 'know'],
  ['knw', 'know'],
]);
