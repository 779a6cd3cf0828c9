// Words that name a group of people by religion, ethnicity or nationality, migration, sexuality,
// gender identity or disability. The learned parts read them all as one token ("<group>"), and the
// word vectors skip them: word vectors trained on news carry the news's associations (in GloVe,
// "palestinian" or "refugee" sit near conflict words), and a label learned from a few thousand
// tweets would carry whatever those tweets said about a group. Neither should move a badge: "My
// Muslim neighbour came by" and "My Christian neighbour came by" must read the same. The lexicon's
// own valences are untouched (none of these words has one).
export const GROUP_TERMS: ReadonlySet<string> = new Set([
  // religion and belief
  'muslim', 'muslims', 'islam', 'islamic', 'jew', 'jews', 'jewish', 'judaism', 'christian', 'christians',
  'christianity', 'catholic', 'catholics', 'protestant', 'protestants', 'hindu', 'hindus', 'hinduism',
  'sikh', 'sikhs', 'buddhist', 'buddhists', 'atheist', 'atheists', 'mormon', 'mormons',
  // ethnicity, nationality and migration
  'black', 'blacks', 'white', 'whites', 'asian', 'asians', 'african', 'africans', 'arab', 'arabs',
  'latino', 'latinos', 'latina', 'latinas', 'latinx', 'hispanic', 'hispanics', 'mexican', 'mexicans',
  'chinese', 'indian', 'indians', 'pakistani', 'pakistanis', 'palestinian', 'palestinians', 'israeli',
  'israelis', 'indigenous', 'aboriginal', 'roma', 'romani', 'immigrant', 'immigrants', 'migrant',
  'migrants', 'refugee', 'refugees',
  // sexuality and gender identity
  'gay', 'gays', 'lesbian', 'lesbians', 'bisexual', 'transgender', 'trans', 'queer', 'lgbt', 'lgbtq',
  'lgbtqia', 'nonbinary', 'homosexual',
  // disability
  'disabled', 'deaf', 'autistic',
]);

/** The learned parts' token for any of GROUP_TERMS. */
export const GROUP_TOKEN = '<group>';
