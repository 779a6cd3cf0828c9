// Someone hurt or put at risk by the product, told in the post being answered: the suggestions lead with
// safety, and the coach warns when a draft makes light of it ("sorry for the inconvenience").

/** Someone hurt or put at risk: a burn, a fire, smoke, a shock, an injury, an illness. */
const HARMED =
  /\b(?:caught fire|on fire|fire hazard|burst into flames|spark(?:ed|ing|s)|smok(?:ed|ing)|melt(?:ed|ing)|explod(?:ed|es|ing)|overheat(?:ed|ing|s)|electric shock|shocked me|electrocuted|scald(?:ed|ing)?|burn(?:ed|t|s)? (?:my|his|her|their|our)|burns? on|injur(?:y|ed|ies)|hospital|allergic reaction|food poisoning|(?:got|made (?:me|us|him|her)) sick|choking)\b/i;
/** People and animals someone is bereaved of or worries for ("my son", "our dog"). */
export const LIVING =
  '(?:husband|wife|partner|fianc[eé]e?|son|daughter|child|children|kid|kids|baby|toddler|boy|girl|mum|mom|mother|dad|father|parent|brother|sister|grandma|grandmother|gran|nan|nana|grandad|granddad|grandpa|grandfather|grandson|granddaughter|aunt|uncle|nephew|niece|cousin|friend|dog|cat|pet|puppy|kitten|rabbit|bunny|hamster|horse|bird|parrot|tortoise)';
/**
 * More harm, each written with its innocent uses in mind (the tests hold both sides): death only when
 * the product is its cause ("died two days after eating", "killed my cat"; not "my phone died", "a dead
 * battery", "dying to try it", "this deal is killer"), poisoning, a part swallowed, A&E / the ER / an
 * emergency room (ER in capitals as a word of its own: not "order", "ERROR"), stitches needed (not "in
 * stitches", "the stitches came loose"), a cut to the body (not "cut my hair", "cut prices"), bleeding
 * (not "bleeding money"), vomiting (not "threw up an error"), a rash (not "a rash decision", "a rash of
 * complaints") and someone rushed to hospital.
 */
const HARMED_MORE: readonly RegExp[] = [
  /\b(?:died|death)\b(?:\s+[\w'’-]+){0,3}?\s+(?:after|from)\s+(?:eating|drinking|swallowing|chewing|ingesting|licking)\b/i,
  new RegExp(`\\b(?:my|our|his|her|their)\\s+(?:[\\w'’-]+\\s+)?${LIVING}s?\\s+(?:(?:nearly|almost|has|had|sadly|then|just)\\s+){0,2}died\\s+(?:[\\w'’-]+\\s+){0,3}?(?:after|from|because of)\\s+(?:your|the|this|that|using|wearing|eating|drinking|playing)\\b`, 'i'),
  new RegExp(`\\bkill(?:ed|s|ing)?\\s+(?:my|our|his|her|their|a|the)\\s+(?:[\\w'’-]+\\s+)?${LIVING}s?\\b`, 'i'),
  // Someone poisoned, not a "poisonous culture" or "poisoned the well".
  /\bpoisoning\b|\bpoison control\b|\b(?:got|was|were|been|being|is|are|am|get|gets)\s+poisoned\b|\bpoisoned\s+(?:my|our|his|her|their|me|us|him|them)\b/i,
  /\bswallow(?:ed|ing|s)?\s+(?:(?:a|an|the|one|some|part|parts|bits|pieces|of|it|them|small|tiny|broken|loose)\s+){0,4}(?:piece|part|bit|battery|batteries|magnet|button|screw|bead|shard|fragment|glass|plastic|metal|wire|spring)s?\b/i,
  /(?:^|[^\p{L}\p{N}])A&E(?![\p{L}\p{N}])|\bemergency\s+(?:room|department|ward|vet|services|surgery)\b|\burgent care\b|\bambulance\b/iu,
  // "ER" in capitals, as a place ("in the ER", "to ER"): "er," is a hesitation, and "order", "ERROR" hold the letters.
  /(?:^|[^\p{L}\p{N}])(?:[Tt]he|THE|[Tt]o|TO|[Ii]n|IN|[Aa]t|AT|[Ff]rom|FROM|[Ii]nto|INTO)\s+ER(?![\p{L}\p{N}&])/u,
  /\b(?:needed|need|needs|needing|got|get|getting|had|have|has|required|requiring)\s+(?:[\w-]+\s+)?stitches\b/i,
  /\bcut\s+(?:my|his|her|their|our)\s+(?:own\s+)?(?:finger|thumb|hand|palm|wrist|arm|leg|knee|foot|toe|face|lip|mouth|tongue|gum|head|eye|skin)s?\b|\b(?:deep|nasty|bad|serious|painful)\s+(?:cut|gash|wound)s?\b|\bsliced\s+(?:my|his|her|their|our)\s+(?:finger|thumb|hand|palm|skin)s?\b/i,
  /\b(?:is|was|were|are|am|started|starts|kept|keeps|still|began|stop|stopped|won't stop|wouldn't stop)\s+bleeding\b(?!\s+(?:money|cash|customers|subscribers|users|fans|followers|us dry|me dry))|\bbleeding\s+(?:from|everywhere|badly|heavily|profusely)\b|\bbled\s+(?:everywhere|all over|badly|heavily|for)\b|\bblood everywhere\b|\bdrew blood\b/i,
  /\bvomit(?:ed|ing)\b|\b(?:throwing|threw|thrown)\s+up\b(?!\s+(?:a|an|the|some|this|that|another|errors?|warnings?|messages?)\b)|\bpuk(?:ed|ing)\b/i,
  /\b(?:(?:came|come|comes|coming|broke|break|breaks|breaking)\s+out\s+in|developed|got|gets|get|gave\s+(?:me|him|her|us|them|my\s+\w+)|has|had|have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?rash(?:es)?\b|\b(?:skin|red|itchy|painful|burning|blistering|allergic)\s+rash(?:es)?\b|\brash(?:es)?\s+(?:on|all over|from|after)\s+(?:my|his|her|their|our|using|wearing|applying|eating)\b/i,
  /\brushed\s+(?:[\w'’-]+\s+){0,2}?(?:to|into)\s+(?:the\s+)?(?:hospital|a&e|er|emergency|the vet|vets?|urgent care|resus)\b/i,
];

/** Someone hurt or put at risk by the product (HARMED, HARMED_MORE). */
export function isHarmed(text: string): boolean {
  return HARMED.test(text) || HARMED_MORE.some((pattern) => pattern.test(text));
}
