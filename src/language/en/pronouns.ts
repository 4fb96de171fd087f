/** Personal and interrogative pronouns: in capitals, in text that is not shouted, they are initialisms ("US", "IT", "WHO"). */
export const PRONOUNS: ReadonlySet<string> = new Set('i you we me us it its he she they them him her his our who whom'.split(' '));

/** Words after which an object pronoun follows ("tell us", "for us"): elsewhere a lower-case "us" is the initialism ("us sales"). */
export const OBJECT_PRONOUN_AFTER: ReadonlySet<string> = new Set([
  ...'tell told give gave show let lets help for to with about among of like make made send ask teach get gets'.split(' '),
  ...'bring between hurt hit can you please'.split(' '),
]);

/** Words that open a sentence carrying on from the one before ("He noted…", "That was driven by…"). */
export const CARRIES_ON_OPENERS: ReadonlySet<string> = new Set('he she it they that this these those his her its their'.split(' '));

/** Words that point at what was just said or named ("why did they do that?"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those']);

/**
 * A demonstrative followed by one of these is a pronoun standing for what was just said ("Carriers
 * complain that would reduce competition"), not a conjunction ("complain that Huawei would…").
 */
export const VERBS_AFTER_A_DEMONSTRATIVE: ReadonlySet<string> = new Set('would will could can might may is was has had means meant makes made'.split(' '));
