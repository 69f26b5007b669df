import { canonicalWord } from './normalise.js';

// Function words, question words, chat noise (greetings, slang and the abbreviations people
// type: u, pls, thx, btw, and the chat abbreviations of issue #11's chat-noise family: lmk,
// omg, sry, tbh, idk), pronouns and prepositions ("everybody", "behind") and the ends of
// contractions ("who's" → who, s). None of them says what the question is about,
// so they never count as a topic and never need explaining (see coverage in understand/).
const WORDS = `a about above after again all also am an and any anyone anybody anything are as ask at
be because been being bit both but by can could dear did do does doing done for from get give go
got had has have having he hello her here hey hi hiya how i if in into is it its just kind kindly
know let like looking me mine more most my need no not of ok okay on one only or other our please
pls plz quick question really said say see she should so some someone somebody something tell than
thank thanks thx ty cheers that the their them then there these they thing this those to too u
up us very want was we were what whats when where which while who whom whose why will wish with
would yes yet you your yours um uh hmm er erm hm sorry excuse bot eucanbot hola hallo morning
afternoon evening good great cool nice lot lots many much anyone everyone stuff etc whos wheres hows
teh else sure s re m ll d ve t
sup yo heya howdy lol lmao haha hehe ta thnx tia btw fyi ur ya yeah yep yup nope gonna wanna
gotta kinda sorta dumb silly bother bothering q actually basically literally honestly folks guys mate
lmk omg sry srry tbh idk imo imho afaik iirc rn ngl fwiw ikr smh jk np pls oh ah
whether itself themselves himself herself myself yourself yourselves ourselves whoever whatever
everybody everything nobody each every own anywhere everywhere somewhere before behind during
around across within under over through onto via per towards toward upon among might must shall`;

/** The words that carry no topic, as written (lower case). */
export const STOPWORD_FORMS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Canonical forms of words that carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...STOPWORD_FORMS].map((w) => canonicalWord(w)),
);
