/**
 * Finds the clause that asks: "Hi, I was reading this and wondered how much
 * profit they made" asks "how much profit they made"; "I know sales grew.
 * What drove that?" asks "What drove that?". A polite preamble or a first
 * clause that restates what the reader already knows is not the topic, and
 * its words would only dilute the question's. General English only: no
 * article word appears here.
 */
import { DEMONSTRATIVES } from '../language/en/index.js';

export interface CoreClause {
  /** The clause that asks the question, as typed. */
  readonly core: string;
  /** What was set aside before it, or undefined when the whole question is the core. */
  readonly setAside: string | undefined;
}

// Each is tried at the start of what remains, repeatedly: "Hi, so, can you tell me…".
const PREAMBLES: readonly RegExp[] = [
  /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?: there)?\b[\s,!.:-]*/i,
  /^(?:so|ok|okay|well|right|alright|also|now|quick question|quick one|one more thing|one more question|just curious|basically)\b[\s,!.:-]*/i,
  // Politeness or framing round the question: "Out of curiosity, …", "Sorry to bother you, …", "When you get a
  // moment, …", "Just to get the bigger picture, …", and how short the answer should be ("in a sentence or two").
  /^(?:(?:just )?to (?:get|see|understand) the (?:bigger|wider|full|whole) picture|for (?:context|background|the record)|briefly|in (?:short|brief|a nutshell)|in (?:a|one) (?:sentence|word|line|few words)(?: or two)?|(?:just )?out of (?:curiosity|interest)|(?:to )?put(?:ting)? (?:it|this) (?:simply|plainly|briefly)|simply put|in (?:simple|plain) (?:terms|english|words)|sorry to (?:bother|trouble) you|apologies(?: for [^,;]+)?|(?:thanks|thank you) in advance|no rush|if you (?:don't|do not) mind|when you (?:get|have) a (?:moment|minute|second|chance))\b[\s,!.:-]*/i,
  /^(?:please\s+)?(?:could|can|would|will) you (?:please )?(?:tell|explain to|let|remind) (?:me|us)(?: know)?\b[\s,:]*/i,
  /^(?:please\s+)?(?:could|can|would|will) you (?:please )?(?:summari[sz]e|describe|explain)\s+(?=(?:what|who|whom|whose|when|where|why|how|which)\b)/i,
  /^(?:please\s+)?tell (?:me|us)\b[\s,:]*(?=(?:what|who|whom|whose|when|where|why|how|which|if|whether)\b)/i,
  /^i(?:'ve|'m| am| was| have)? (?:just )?(?:reading|looking at|going through|read|saw|seen)(?: through)? (?:this|the|that|an?|your)(?: (?:article|story|piece|report|news))?(?: about \w+)?(?: and)?\b[\s,]*/i,
  /^(?:and )?(?:i(?:'m| am| was)? )?(?:just )?(?:wondering|wondered|curious|interested)(?: to know| about)?\b[\s,]*/i,
  /^i(?:'d| would) (?:like|love) to (?:know|ask|understand)\b[\s,]*/i,
  /^i (?:want|need|wanted) to (?:know|ask|understand)\b[\s,]*/i,
  /^(?:do|does) (?:you|anyone) (?:know|happen to know)\b[\s,]*/i,
  /^(?:if|whether)\b\s*/i,
  // What the reader is about to do or is doing is context too: "Before I write my essay on this, can you…".
  /^(?:before|after|while|since|as|because|now that) (?:i|we)\b[^,;]*,\s*/i,
  // What someone else says or asks is context: "My colleague says Huawei…" asks about what follows.
  /^(?:my|a|our) (?:\w+ )?(?:says|said|thinks|thought|reckons|told me|mentioned|heard)(?: that)?\b[\s,]*/i,
  // An exclusion names what is not asked ("Apart from the report, what…"), a reason restates context
  // ("Since they are Chinese, how…"): neither is the topic of the question after the comma.
  /^(?:apart from|aside from|besides|other than|except for|since|as|because|given that) [^,;]+,\s*(?=(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b)/i,
  // So is the frame a reader puts round it: "Thinking about the wider picture, what…".
  /^(?:and )?(?:thinking|speaking|talking|looking) (?:about|of|at) [^,;]+,\s*(?=(?:what|who|whom|whose|when|where|why|how|which)\b)/i,
];

// A question asked inside a statement: "he asked me where it ranks", "I'm writing a report, could you
// tell me what…". The embedded question starts at its question word.
const EMBEDDED = /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|know|knows|tell|told|explain|summari[sz]e|describe|understand|find out|learn)(?: (?:me|us|him|her|them))?\s+(?=(?:what|who|whom|whose|when|where|why|how|which|whether|if)\b)/i;

// A clause that asks: a question word or an auxiliary verb opens it.
const ASKING = /^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/i;
// Where one clause ends and the next begins: a sentence end, a semicolon or colon, a dash, ", but", or
// ", so" / ", and" before a clause that asks.
const CLAUSE_BREAK = /(?<=[.!?;:])\s+|\s+[-–—]\s+|,\s+(?=but\s)|,\s+(?=(?:so|and)\s+(?:what|who|when|where|why|how|which|is|are|was|were|do|does|did|has|have|can|will|would)\b)/i;
// "Just so I understand the bigger picture, why…", "my friend works in telecoms, what do…": a clause
// where readers speak of themselves, before a comma and a question word, is context. A clause that
// does not ("In 2018, how much…") may hold what is asked, and stays.
const ABOUT_THE_READER = /\b(?:i|i'm|i've|i'd|me|my|we|our|us)\b/i;
const COMMA_BEFORE_ASKING = /,\s+(?=(?:what|who|whom|whose|when|where|why|how|which)\b)/i;

const ONE_WORD_QUESTION = /^(?:why|when|where|who|how|what)\W*$/i;

const REFERS_BACK = /\b(?:he|she|his|her|him|it|its|they|them|their|this|that|these|those)\b/i;

export function findCoreClause(question: string): CoreClause {
  const text = question.trim();
  const clauses = text
    .split(CLAUSE_BREAK)
    .flatMap(readerContextApart)
    .map((clause) => clause.trim())
    .filter((clause) => /\p{L}/u.test(clause));
  const asks = (clause: string) => ASKING.test(withoutConjunction(clause)) || clause.endsWith('?');
  // The last clauses that ask, when an earlier clause only states: "Sales grew a lot. Why?"; both of
  // "What will Huawei do, and how much money is involved?".
  let at = clauses.findLastIndex(asks);
  while (at > 0 && asks(clauses[at - 1] ?? '')) at -= 1;
  // "I read about the CFO. Why was she arrested?": a clause that refers back needs the one before it,
  // so the core starts at an earlier clause that asks and does not ("…so what did the agency find, and
  // did they blame Beijing for it?"), if there is one.
  while (at > 0 && refersBack(clauses[at] ?? '')) {
    const earlier = clauses.slice(0, at).findLastIndex(asks);
    if (earlier < 0) break;
    at = earlier;
  }
  // "I was reading about Huawei's results and wondered - how much profit did they make?": what readers say
  // of themselves is context, and a question that says what it asks about ("profit") needs no more of it;
  // "…why did they do that?" does.
  const readerContextOnly = at > 0 && clauses.slice(0, at).every((clause) => ABOUT_THE_READER.test(clause) && !asks(clause));
  // A pronoun inside the clause's own preamble ("Now, putting it simply, what…") points at nothing before it.
  const split = clauses.length > 1 && at >= 0 && (!refersBack(withoutPreamble(clauses[at] ?? '')) || (readerContextOnly && asksOnItsOwn(clauses[at] ?? '')));
  const last = split ? withoutConjunction(clauses.slice(at).join(' ')) : text;
  const core = withoutPreamble(embeddedQuestion(withoutPreamble(last.replace(/^[^\p{L}\p{N}]+/u, ''))));
  // A core of one word ("Hi, tell me") is no question of its own, unless it is a question word ("Thanks. Why?"): keep what was typed.
  const oneWord = core.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2;
  if ((oneWord && !ONE_WORD_QUESTION.test(core)) || core === text) return { core: text, setAside: undefined };
  return { core, setAside: text.slice(0, Math.max(0, text.indexOf(core))).trim() || text };
}

/** Whether a clause asks a question of its own once its preamble is set aside: "can you tell me when…" does, "Huawei says it is safe" does not. */
export function asksAQuestion(clause: string): boolean {
  return ASKING.test(findCoreClause(clause).core);
}

function withoutConjunction(clause: string): string {
  return clause.replace(/^(?:but|so|and)\s+/i, '');
}

/**
 * Whether a clause points back at something before it: a pronoun with no name before it in the clause
 * ("Why was she arrested?"). "What does Huawei say it will do?" names what its "it" points at.
 */
function refersBack(clause: string): boolean {
  const pointer = REFERS_BACK.exec(clause);
  if (pointer === null) return false;
  // A capitalised word after the first one is a name, as typed.
  return !/\s\p{Lu}/u.test(clause.slice(0, pointer.index));
}

/**
 * Whether a clause that points back still says what it asks about: no "that" or "this" standing for what
 * came before, and words of its own besides the question and pointing words ("how much profit did they make").
 */
function asksOnItsOwn(clause: string): boolean {
  const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => DEMONSTRATIVES.has(word))) return false;
  return words.filter((word) => word.length > 3 && !REFERS_BACK.test(word) && !ASKING.test(word)).length >= 2;
}

/** A clause split where the reader's own context ends and a question word follows a comma. */
function readerContextApart(clause: string): string[] {
  const comma = COMMA_BEFORE_ASKING.exec(clause);
  if (comma === null) return [clause];
  const context = clause.slice(0, comma.index);
  return ABOUT_THE_READER.test(context) ? [context, clause.slice(comma.index + comma[0].length)] : [clause];
}

/** The question a statement embeds ("…and he asked me where it ranks" → "where it ranks"); a clause that asks itself stays whole. */
function embeddedQuestion(clause: string): string {
  if (ASKING.test(clause)) return clause;
  const frame = EMBEDDED.exec(clause);
  return frame === null ? clause : clause.slice(frame.index + frame[0].length);
}

function withoutPreamble(clause: string): string {
  let rest = clause;
  for (let changed = true; changed; ) {
    changed = false;
    for (const preamble of PREAMBLES) {
      const next = rest.replace(preamble, '');
      if (next !== rest && next.length > 0) {
        rest = next;
        changed = true;
      }
    }
  }
  return rest;
}
