import { describe, expect, test } from 'vitest';
import { analyze, rulesFromCorrections, textKey, type SentimentLabel, type SignalCode } from '../../../utils/analysis/index';
import { wordValence } from '../../../utils/analysis/lexicon';
import { tokenize, type TokenKind } from '../../../utils/analysis/tokenize';
import { weightOf } from './net';

const polarity = (label: SentimentLabel): SentimentLabel => label;

/** A table of posts, each with the label it must read as. */
function labelTable(cases: Array<[string, SentimentLabel]>): void {
  test.each(cases)('%s → %s', (text, label) => {
    expect(analyze(text).label).toBe(label);
  });
}

describe('labels', () => {
  labelTable([
    // plain polarity
    ['I love this phone', 'positive'],
    ['This is the best update ever', 'positive'],
    ['Thank you so much for the quick help!', 'positive'],
    ['This phone is terrible', 'negative'],
    ['Worst customer service I have ever had', 'negative'],
    ['I hate waiting on hold for an hour', 'negative'],
    ['The store opens at 9am on Monday', 'neutral'],
    ['New version 2.3 is available in the app store', 'neutral'],
    // negation
    ["This is not good", 'negative'],
    ["I don't like the new design", 'negative'],
    ["I wouldn't say it's terrible", 'positive'],
    ['Never happy with their support', 'negative'],
    ['dont like it', 'negative'],
    ['I was not disappointed', 'positive'],
    // intensifiers, caps, punctuation, elongation
    ['This is sooo good', 'positive'],
    ['This is AWFUL', 'negative'],
    ['Absolutely amazing service!!!', 'positive'],
    ['Really really bad experience', 'negative'],
    ['Loooove it', 'positive'],
    // contrast
    ['The camera is great but the battery is awful', 'negative'],
    ['It was expensive but totally worth it', 'positive'],
    ['Although the staff were nice, the food was disgusting', 'negative'],
    // emoji and emoticons
    ['New phone day 😍', 'positive'],
    ['Another delay 😡', 'negative'],
    ['ok :)', 'positive'],
    ['my order is late :(', 'negative'],
    ['Thanks ❤️', 'positive'],
    ['😭😭😭 my package got lost', 'negative'],
    ['<3 <3 <3', 'positive'],
    // emoji the generic sources rated against their meaning (❌ was +1) or lacked
    ['❌❌❌', 'negative'],
    ['Order arrived broken ❌', 'negative'],
    ['🤮', 'negative'],
    ['🤡', 'negative'],
    ['Day 3 without a working kettle ☕❌', 'negative'],
    // "would like" is a wish, not praise
    ['I would like a refund', 'negative'],
    ["I'd like to know when it ships", 'neutral'],
    ['I really like this kettle', 'positive'],
    // exasperation, not delight
    ['Wow, just wow. Still no refund.', 'negative'],
    ['Wow, what a great product!', 'positive'],
    // hashtags, mentions, urls, slang
    ['@acme your app crashed again #fail', 'negative'],
    ['Loving the new flavour #yum @acme', 'positive'],
    ['Read the announcement https://example.com/post', 'neutral'],
    // a flag is a place, not a feeling (the sources rated the letters flags are made of +1 to +3)
    ['Landed in London 🇬🇧', 'neutral'],
    ['@brewly support 👎🏽🇬🇧', 'negative'],
    ['gr8 job ppl', 'positive'],
    ['ugh this sux', 'negative'],
    ['thx 4 the help', 'positive'],
    ['smh at this update', 'negative'],
    ['wtf is this pricing', 'negative'],
    ['Congrats on the launch!', 'positive'],
    ['fml my flight got cancelled', 'negative'],
    // crisis phrases without lexicon words
    ['Still waiting for my refund after 3 weeks', 'negative'],
    ['Boycott this brand', 'negative'],
    ['You are hypocrites', 'negative'],
    ['My account was hacked', 'negative'],
    // sarcasm
    ['Thanks for nothing', 'negative'],
    ['Great job losing my bag again 🙄', 'negative'],
    ['Yeah right, best service ever', 'negative'],
    ['Forgot my phone at home. Great.', 'negative'],
    ['wow what amazing customer service, not', 'negative'],
    ['Love it, not gonna lie', 'positive'],
    // litotes and complaints the lexicon has no word for
    ['Not bad at all', 'positive'],
    ["Couldn't agree more!", 'positive'],
    ['I could not agree more with this thread', 'positive'],
    ['The app keeps crashing', 'negative'],
    // mixed
    ['I love the design, I hate the price', 'mixed'],
    ['Amazing camera, horrible battery, great screen, awful support', 'mixed'],
    // polarity helper sanity
    [polarity('positive') === 'positive' ? 'Wonderful news' : '', 'positive'],
  ]);
});

describe('signals', () => {
  test.each<[string, SignalCode]>([
    ['I am FURIOUS with you', 'anger'],
    ['So pissed off right now', 'anger'],
    ['I am sick and tired of this company', 'anger'],
    ['THIS IS UNACCEPTABLE!!!', 'anger'],
    ['Fed up with the delays', 'anger'],
    ['😡😡 no response again', 'anger'],
    ['You are a bunch of idiots', 'hostility'],
    ['Shut up and fix it', 'hostility'],
    ['Your team is pathetic', 'hostility'],
    ['Screw you @acme', 'hostility'],
    ['Total scumbags', 'hostility'],
    ['Incompetent clowns run this place', 'hostility'],
    ['#BoycottAcme', 'boycott'],
    ['Everyone should boycott them', 'boycott'],
    ['Never buying from you again', 'boycott'],
    ['I cancelled my subscription today', 'boycott'],
    ['Deleted the app. Switching to a competitor.', 'boycott'],
    ['Taking my business elsewhere', 'boycott'],
    ['#DeleteAcme now', 'boycott'],
    ['Everyone stop using Acme right now', 'boycott'],
    ['The charger is broken', 'complaint:product'],
    ['My phone stopped working after the update', 'complaint:product'],
    ['App keeps crashing on launch', 'complaint:product'],
    ['There is a recall on the model X', 'complaint:product'],
    ['Defective unit, again', 'complaint:product'],
    ['Site is down again', 'complaint:service'],
    ["It won't turn on", 'complaint:product'],
    ['Customer service is useless', 'complaint:service'],
    ['Been on hold for 2 hours', 'complaint:service'],
    ['Still waiting for a reply', 'complaint:service'],
    ['My package never arrived', 'complaint:service'],
    ['You lost my luggage', 'complaint:service'],
    ['I was charged twice', 'complaint:service'],
    ['Want my money back', 'complaint:service'],
    ['That ad is so offensive', 'complaint:insensitive'],
    ['Tone-deaf campaign', 'complaint:insensitive'],
    ['This post is racist', 'complaint:insensitive'],
    ['Found an XSS on your checkout page, how do I report it?', 'complaint:security'],
    ['Your order page renders notes as HTML: a script popped an alert for me', 'complaint:security'],
    ['the app literally shows <script>alert(1)</script> where my rewards should be', 'complaint:security'],
    ['The kettle nearly set my counter on fire.', 'complaint:product'],
    ['It set our kitchen curtains on fire', 'complaint:product'],
    ['There is a security flaw in the app that shows other people’s orders', 'complaint:security'],
    ['How dare you joke about this', 'complaint:insensitive'],
    ['Your ad making a joke of disabled people is vile', 'complaint:insensitive'],
    ['Completely out of touch', 'complaint:insensitive'],
    ['Such hypocrisy from this brand', 'complaint:hypocrisy'],
    ['Classic greenwashing', 'complaint:hypocrisy'],
    ['Practice what you preach', 'complaint:hypocrisy'],
    ['Pure virtue signalling', 'complaint:hypocrisy'],
    ['Your staff was rude to my mom', 'complaint:employee'],
    ['The cashier yelled at me', 'complaint:employee'],
    ['Driver caught on camera throwing parcels', 'complaint:employee'],
    ['That manager should be fired', 'complaint:employee'],
    ['Your account got hacked', 'complaint:security'],
    ['Was there a data breach?', 'complaint:security'],
    ['Phishing emails from your domain', 'complaint:security'],
    ['You leaked my passwords, unbelievable', 'complaint:security'],
    ['My kettle leaks hot water everywhere, useless', 'complaint:product'],
    ['Unauthorized charges on my card', 'complaint:security'],
    ['My lawyer will hear about this', 'escalation:legal'],
    ['See you in court', 'escalation:legal'],
    ['Class action incoming', 'escalation:legal'],
    ['Reporting you to the FTC', 'escalation:legal'],
    ['Going to the press with this', 'escalation:press'],
    ['A journalist reached out to me', 'escalation:press'],
    ['This is going viral', 'escalation:viral'],
    ['Spread the word everyone', 'escalation:viral'],
    ['Oh great, another outage #sarcasm', 'sarcasm'],
    ['Love how my order is late again', 'sarcasm'],
    ['Yeah right', 'sarcasm'],
    ['oh good, another update that moves every button. exactly what i wanted', 'sarcasm'],
    ['Ah yes, my favourite feature: the app logging me out every 30 seconds', 'sarcasm'],
    ['Best airline ever /s', 'sarcasm'],
    ['Great, the app crashed again 🙃', 'sarcasm'],
    ['Great job losing my bag again 🙄', 'sarcasm'],
    ['Yeah right, best service ever', 'sarcasm'],
    ['Forgot my phone at home. Great.', 'sarcasm'],
    // praise taken back by a lone "not" closing the post; "oh good" before a fault
    ['Great service... not', 'sarcasm'],
    ['best customer service ever, NOT', 'sarcasm'],
    ['great service #not', 'sarcasm'],
    ['oh good, my order is late again', 'sarcasm'],
    ['The app keeps crashing', 'complaint:product'],
    ['Never been so angry in my life', 'anger'],
    // leaving, said in the forms people use; outages and food illness told as plain facts
    ["I'm done with KlickKart.", 'boycott'],
    ['Not ordering from Ducklane ever again', 'boycott'],
    ['Switched to Nettel because Kovo dropped my calls for a week, awful', 'boycott'],
    ['TuneHive has been down for an hour, can\'t even log in.', 'complaint:service'],
    ['my kid got sick after eating their nuggets', 'complaint:product'],
    ['Ordered at 7. Driver marked it delivered. Support chat closed my ticket. Cool cool cool', 'sarcasm'],
    ['Until then I am telling friends to hold off on ordering. Two weeks and no refund.', 'boycott'],
  ])('%s → %s', (text, code) => {
    expect(analyze(text).signals).toContain(code);
  });

  test.each<[string, SignalCode]>([
    ['I love the new phone', 'complaint:product'],
    ['Customer service was wonderful today', 'complaint:service'],
    ["I don't love this, it's broken", 'sarcasm'],
    ['Great job team, proud of you', 'sarcasm'],
    ['I could die laughing at this ad', 'hostility'],
    ['The store opens at 9', 'anger'],
    ['Thanks for the refund, quick and easy', 'complaint:service'],
    ['Loving this video', 'escalation:viral'],
    ['Happy birthday Sue', 'escalation:legal'],
    ['I reset my password, all good', 'complaint:security'],
    ['My kettle leaked hot water all over the counter', 'complaint:security'],
    ['Has anyone else had their kettle leak everywhere? Awful', 'complaint:security'],
    ['Not bad at all', 'sarcasm'],
    ["I'm not going, not!", 'sarcasm'],
    ['Love it, not gonna lie', 'sarcasm'],
    ['I tried, not that it helped. Great support team though', 'sarcasm'],
    ['oh good, it arrived early', 'sarcasm'],
    ['Amazing camera, horrible battery, great screen, awful support', 'sarcasm'],
    ['Well done team, what a season', 'sarcasm'],
    ['Place was great. The table was annoying though', 'sarcasm'],
    ['Thanks! Sorry I missed your call', 'sarcasm'],
    // "post" as a verb in a negative text is not a complaint about a post
    ['Some kettles are overheating; we will post an update soon', 'complaint:insensitive'],
    ['That trick shot was an exploit of the physics engine lol', 'complaint:security'],
    // a recall notice's safety advice is not a call to boycott
    ['Owners should immediately stop using the recalled KX-200 kettles', 'boycott'],
    ['Stop using the affected chargers and contact us for a replacement', 'boycott'],
    ['Some KX-200 kettles are overheating. Please stop using them and contact us for a free replacement.', 'boycott'],
    // a feeling or an insult negated is not there
    ['I am not angry, I am tired.', 'anger'],
    ["You're not stupid for asking, the manual is awful", 'hostility'],
    // "down" as a feeling, an account named in a billing complaint
    ['I have never felt so let down by a company', 'complaint:product'],
    ['The kettle is not broken, it works fine', 'complaint:product'],
    // a new customer, a question, staff praised, an idiom of praise, an illness that is no anger
    ['Just switched to Lumabank from my old bank, so far so good', 'boycott'],
    ['@KlickKart how long do refunds usually take to show up?', 'complaint:service'],
    ['Your staff were lovely, thank you!', 'complaint:employee'],
    ["Crumbly's cinnamon buns should be illegal 🤤", 'escalation:legal'],
    ['my kid got sick after eating their nuggets', 'anger'],
    ['My account was not hacked, I just forgot the password', 'complaint:security'],
    ['It shipped to my old address even though the account shows the new one. Useless.', 'complaint:security'],
  ])('%s has no %s', (text, code) => {
    expect(analyze(text).signals).not.toContain(code);
  });
});

describe('reasons', () => {
  test.each([
    ['I really love it', 'love'],
    ['This is not good', 'not good'],
    ['The app keeps crashing', 'keeps crashing'],
    ['so happy 😍', '😍'],
    ['#fail', '#fail'],
  ])('%s explains itself with "%s"', (text, phrase) => {
    const { reasons } = analyze(text);
    const reason = reasons.find((r) => r.text === phrase);
    expect(reason).toBeDefined();
    expect(text.slice(reason?.start, reason?.end)).toBe(phrase);
  });

  test('weights are signed by direction', () => {
    const { reasons } = analyze('love it, hate the price');
    expect(reasons.find((r) => r.text === 'love')?.weight).toBeGreaterThan(0);
    expect(reasons.find((r) => r.text === 'hate')?.weight).toBeLessThan(0);
  });
});

describe('ranges', () => {
  test.each(['', 'hello', 'I love it!!!', 'terrible awful horrible worst', 'meh', '😡😡😡😡😡😡😡'])('%s stays in range', (text) => {
    const result = analyze(text);
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const value of [result.intensity, result.confidence]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  test('mixed posts are never confident of a side, but a clearly mixed one is not "no idea" either', () => {
    for (const text of ['I love the design, I hate the price', 'Love the design, hate the price.', 'Great food, terrible service.']) {
      const result = analyze(text);
      expect(result.label).toBe('mixed');
      expect(result.confidence).toBeLessThanOrEqual(0.5);
      expect(result.confidence).toBeGreaterThanOrEqual(0.25);
    }
  });
});

describe('brand rules', () => {
  test.each<[string, Record<string, number | 'ignore'>, SentimentLabel]>([
    ['The new War Zone update is out', { 'war zone': 'ignore' }, 'neutral'],
    ['Killer Deal weekend starts now', { 'killer deal': 'ignore' }, 'neutral'],
    ['Grab the Killer Deal', { 'killer deal': 2 }, 'positive'],
    ['Our Crash Course starts today', { crash: 'ignore' }, 'neutral'],
    ['I love the Sick Beats headphones', { sick: 'ignore' }, 'positive'],
    // Names whose words the word vectors read as dark: the brand's rule keeps them neutral.
    ['Dead Rising 5 announced for next spring', { 'dead rising': 'ignore' }, 'neutral'],
    ['Poison by Dior is back in stores', { poison: 'ignore' }, 'neutral'],
    ['Hell Pizza opens in Wellington', { hell: 'ignore' }, 'neutral'],
    ['Grim Reaper Brewing releases a winter stout', { 'grim reaper': 'ignore' }, 'neutral'],
  ])('%s with %j → %s', (text, lexicon, label) => {
    expect(analyze(text, { lexicon }).label).toBe(label);
  });

  test('a correction overrides the exact post, whatever its spacing and case', () => {
    const rules = rulesFromCorrections([{ text: 'This deal is sick', label: 'positive' }]);
    expect(analyze('this  deal is SICK', rules).label).toBe('positive');
    expect(textKey('A  b')).toBe(textKey('a b'));
  });

  test('a corrected brand name is learned as a term', () => {
    const rules = rulesFromCorrections([{ text: 'The War Zone tournament starts Friday', label: 'neutral' }]);
    expect(rules.lexicon['war zone']).toBe('ignore');
    expect(analyze('Who is playing War Zone tonight?', rules).label).toBe('neutral');
  });

  test('one correction of an ordinary word is not enough to learn it', () => {
    const rules = rulesFromCorrections([{ text: 'this is sick', label: 'positive' }]);
    expect(rules.lexicon.sick).toBeUndefined();
  });
});

describe('tokenizer', () => {
  test.each<[string, TokenKind[]]>([
    ['hello world', ['word', 'word']],
    ["don't", ['word']],
    ['don’t', ['word']],
    ['@acme #fail', ['mention', 'hashtag']],
    ['see https://x.co/a?b=c now', ['word', 'url', 'word']],
    // Links written without their scheme are links too: their words are not the writer's.
    ['brewly.com/recall', ['url']],
    ['see bbc.co.uk/news/kettle-fire-kills-two now', ['word', 'url', 'word']],
    ['visit example.com.', ['word', 'url', 'punct']],
    ['e.g. fine', ['word', 'punct', 'word', 'punct', 'word']],
    ['fixed it.It works', ['word', 'word', 'punct', 'word', 'word']],
    ['rated 3.5/5', ['word', 'number', 'punct', 'number', 'punct', 'number']],
    ["amazon.com's app", ['word', 'punct', 'word', 'word']],
    ['ok :) :-( <3', ['word', 'emoticon', 'emoticon', 'emoticon']],
    ['page 8)', ['word', 'number', 'punct']],
    ['tone-deaf ad', ['word', 'word', 'word']],
    ['12:30', ['number', 'punct', 'number']],
    ['👍🏽👍', ['emoji', 'emoji']],
    ['👨‍👩‍👧', ['emoji']],
    ['wow!!!', ['word', 'punct']],
    ['h\u200Bate', ['word']],
    ['שלום עולם', ['word', 'word']],
    ['xD', ['emoticon']],
    // A link glued to the word before it (a pasted or scraped post): the word, then the link, and no ":/" face.
    ['near Sirtehttps://t.co/E2a now', ['word', 'word', 'url', 'word']],
    ['#magahttps://t.co/F', ['hashtag', 'url']],
    ['Nothttp://x.co', ['word', 'url']],
    // A heart written as HTML escapes it (feeds and exports): the face; not inside a word or before a number.
    ['I &lt;3 it', ['word', 'emoticon', 'word']],
    ['&lt;/3', ['emoticon']],
    ['under &lt;30 min', ['word', 'punct', 'word', 'punct', 'number', 'word']],
  ])('%s', (text, kinds) => {
    expect(tokenize(text).map((token) => token.kind)).toEqual(kinds);
  });

  test('a glued link keeps the word before it and reads no feeling ("Sirtehttps://…" was a ":/" face)', () => {
    const tokens = tokenize('Daesh positions near Sirtehttps://t.co/E2aJFRljJx#Libya');
    expect(tokens.map((token) => token.raw)).toEqual(['Daesh', 'positions', 'near', 'Sirte', 'https://t.co/E2aJFRljJx#Libya']);
    expect(analyze('A battle over Medicare is brewing, whether Trump wants it or Nothttps://t.co/SYFgzYscjy').reasons.map((reason) => reason.text)).not.toContain(':/');
  });

  test('zero-width characters do not hide a word', () => {
    expect(tokenize('h\u200Bate')[0]?.norm).toBe('hate');
    expect(analyze('I h\u200Bate this').label).toBe('negative');
  });

  test('Object.prototype names are ordinary words', () => {
    expect(() => analyze('constructor toString __proto__ hasOwnProperty')).not.toThrow();
    expect(analyze('constructor toString __proto__').label).toBe('neutral');
  });
});

// Product-safety and service-failure complaints are the posts that matter most in a brand
// crisis, and often carry no classic sentiment word (the crisis-domain overlay in
// tests/scripts/train-lexicon.ts and the complaint phrases in signals.ts).
describe('crisis domain', () => {
  labelTable([
    ['BREWLY YOUR KETTLE NEARLY BURNED MY HOUSE DOWN AND YOU SEND ME A COUPON?? Talking to a lawyer.', 'negative'],
    ['@Brewly my kettle base sparked and burned my hand. Support closed my ticket without a reply. Not ok.', 'negative'],
    ['Brewly support actually called me back and arranged a replacement. Fair play to them.', 'positive'],
    ['The charger started smoking and melted', 'negative'],
    ['I got scalded by the kettle lid', 'negative'],
    ['My phone keeps overheating', 'negative'],
    ['I was electrocuted by the hairdryer', 'negative'],
    ['Support closed my ticket without a reply', 'negative'],
    ['They refused my refund', 'negative'],
    ['Still billing me after I cancelled', 'negative'],
    ['Talking to a lawyer about this', 'negative'],
    ['The kettle nearly set my counter on fire.', 'negative'],
    ['They made it right', 'positive'],
    ['Fair play to them, sorted it in a day', 'positive'],
    // lookalikes: the same words naming something ordinary
    ['Fire sale this weekend: 40% off everything', 'neutral'],
    ['Nightly smoke test passed on staging', 'neutral'],
    ['Hands-on review of the new phone is up', 'neutral'],
    ['Burn-in test results are out', 'neutral'],
    ['Recall election set for November', 'neutral'],
    ['The county fair opens on Friday', 'neutral'],
    ['Hand wash only', 'neutral'],
    ['Kia announces a new electric SUV', 'neutral'],
    // "set … on fire" as an idiom, and "on fire" as praise
    // praise idioms, praise that cannot be said enough, praise of the past
    ['Maplewood is killing it with these seasonal drinks', 'positive'],
    ["Crumbly's cinnamon buns should be illegal 🤤", 'positive'],
    ['I used to love Savage Burger. Used to.', 'negative'],
    ["I'm used to great service from them", 'positive'],
    ['Just switched to Lumabank from my old bank, so far so good', 'positive'],
    // experience at its most ("never been happier") is not negated
    ['I have never been happier with a purchase', 'positive'],
    ['Never tasted better', 'positive'],
    ["I've never been more disappointed in a brand", 'negative'],
    ['Never felt so let down', 'negative'],
    ['I have never been a winner at these raffles', 'negative'],
    // a complaint's preamble of loyalty, and the product bought, are not praise
    [
      'I have been a loyal Acme customer for six years. Last week I ordered the holiday gift box. It was charged twice and support closed my ticket without a single answer.',
      'negative',
    ],
    // a boycott call settles a post whose words run both ways; markup quoted is code, not words
    ["So you're cutting rewards in half and calling it lower prices? Unbelievable. Done with Acme 👋 #boycottacme", 'negative'],
    ['the acme app literally shows <script>alert(1)</script> where my rewards should be.', 'mixed'],
    // an apology that promises a fix is not a complaint, nor mixed: the brand's reply is neutral (voice.ts)
    ["Maya, we're sorry. This isn't OK. Please DM us your order number and we'll make it right today.", 'neutral'],
    ['They set the bar high, the crowd was on fire', 'neutral'],
  ]);

  // No feeling word here (the compound is 0): the learned parts alone read the cheer, and the score sits
  // near the neutral band's edge (0.26 with the linear classifier, 0.21 with the network). What is pinned
  // is that the fire of an idiom is no product fire: not negative, and leaning positive.
  test('Set the table on fire with these recipes! → no fire, leaning positive', () => {
    const result = analyze('Set the table on fire with these recipes!');
    expect(result.signals).toEqual([]);
    expect(result.score).toBeGreaterThan(0.1);
  });

  test.each<[string, SignalCode]>([
    ['The heater sparked and burnt my hand', 'complaint:product'],
    ['My power bank started smoking', 'complaint:product'],
    ['Support closed my ticket without a reply', 'complaint:service'],
    ['They refused my refund', 'complaint:service'],
    ['Hidden fees on every bill', 'complaint:service'],
    ['Someone logged into my account from abroad', 'complaint:security'],
    ['Talking to a lawyer about this', 'escalation:legal'],
  ])('%s → %s', (text, code) => {
    expect(analyze(text).signals).toContain(code);
  });

  test.each<[string, SignalCode]>([
    ['Recall election set for November', 'complaint:product'],
    ['Fire sale this weekend', 'complaint:product'],
    ['The burn-in test results look bad', 'complaint:product'],
  ])('%s has no %s', (text, code) => {
    expect(analyze(text).signals).not.toContain(code);
  });

  test('words inside quoted markup carry no feeling ("<script>alert(1)</script>", "<img onerror=…>")', () => {
    const { reasons, signals } = analyze('the app shows <script>alert(1)</script> and <img src=x onerror=alert(1)> where my points were');
    expect(reasons.map((r) => r.text)).not.toContain('alert');
    expect(signals).toContain('complaint:security');
    // Formatting tags around words leave the words alone.
    expect(analyze('a <b>great</b> product').label).toBe('positive');
  });

  test('"can\'t … enough" is praise at its most, not negated', () => {
    const { reasons } = analyze("HomeHeat sent an engineer the same day our boiler went. Can't thank them enough.");
    expect(reasons.find((r) => r.text.toLowerCase().includes('thank'))?.weight).toBeGreaterThan(0);
    expect(analyze("I can't recommend them enough").label).not.toBe('negative');
  });

  test('a boycott call gives its negative label a confidence of its own, not the model near zero', () => {
    const result = analyze("So you're cutting rewards in half and calling it lower prices? Unbelievable. Done with Acme 👋 #boycottacme");
    expect(result.score).toBeLessThanOrEqual(-0.25);
    expect(result.confidence).toBeGreaterThanOrEqual(0.3);
  });

  test('an initialism that spells a word does not score the word ("hand" is not "have a nice day")', () => {
    const { reasons } = analyze('@Brewly my kettle base sparked and burned my hand. Support closed my ticket without a reply. Not ok.');
    expect(reasons.map((r) => r.text)).not.toContain('hand');
    expect(reasons.find((r) => r.text === 'burned')?.weight).toBeLessThan(0);
    for (const word of ['hand', 'kia', 'nfc', 'lts', 'wd', 'po']) expect(wordValence(word)).toBeUndefined();
  });
});

describe('praise and complaint built on a negation or a comparison, surprise, "nothing but"', () => {
  labelTable([
    ["Couldn't be happier with the new kitchen from @FitRight", 'positive'],
    ['could not be happier with how the install went', 'positive'],
    ['Booked the cabin again, zero regrets', 'positive'],
    ["Can't complain", 'positive'],
    ["Honestly can't fault the staff at Harbor Road", 'positive'],
    ["I can't recommend them enough, 10 years and counting", 'positive'],
    ["You can't beat their prices", 'positive'],
    ['Hard to beat for the price', 'positive'],
    ["Two years in and I wouldn't change a thing", 'positive'],
    ['Their pizza never disappoints', 'positive'],
    ['@Swiftline never fails to disappoint. 40 minutes late again', 'negative'],
    ['The app could be better tbh', 'negative'],
    ['Cheers for nothing @Telco', 'negative'],
    ['Did not expect to love the new menu this much', 'positive'],
    ["Never thought I'd say this but the app is great now", 'positive'],
    ["didn't expect to hate it this much", 'negative'],
    ['Nothing but problems since the update', 'negative'],
    ['nothing but love for the crew at Gate 4', 'positive'],
    ['The support was nothing short of amazing', 'positive'],
    ['Pricey but totally worth it', 'positive'],
    ['not worth it', 'negative'],
    ["What's not to love about free delivery", 'positive'],
    ['Not too shabby for a budget phone', 'positive'],
    ["Three years in and haven't had a single issue", 'positive'],
    ['The new flavour is not my cup of tea', 'negative'],
    ['Switched banks last year and I regret nothing', 'positive'],
    ['Comfy, warm, would buy again', 'positive'],
    ["Shouldn't have bought the extended warranty", 'negative'],
    // the words alone still read as they did
    ['I could not be at the meeting, sorry', 'neutral'],
    ['Not happy with the delivery at all', 'negative'],
  ]);

  test('a rhetorical "who doesn\'t love" is no denial of love (the model still reads this one as near neutral)', () => {
    expect(analyze("who doesn't love a free upgrade").score).toBeGreaterThan(0.1);
  });
});

describe('a risk declined is distrust, not a risk denied', () => {
  labelTable([
    ['Returning my Brewly today. Not risking a fire in my kitchen with two kids at home.', 'negative'],
    ["Not risking it with a toddler", 'negative'],
    ["I won't risk another one of their chargers", 'negative'],
    ['Not worth the risk with kids around', 'negative'],
  ]);

  test('the phrase, not "risk" alone, is what the explanation shows, and it weighs against the brand', () => {
    const { reasons } = analyze('Returning my Brewly today. Not risking a fire in my kitchen.');
    const phrase = reasons.find((r) => r.text.toLowerCase() === 'not risking');
    expect(phrase?.weight).toBeLessThan(0);
  });
});

describe('a harm made less of is good news, not the harm (QA: "lowers the risk of burns" read negative)', () => {
  labelTable([
    ['The new lid lowers the risk of burns.', 'positive'],
    ['The new guard cuts the chance of injury', 'positive'],
    ['The handle helps avoid burns', 'positive'],
    ['The update reduces crashes on older phones', 'neutral'],
    // a reducer denied, or an opinion in its object, keeps the harm
    ["Doesn't prevent leaks at all", 'negative'],
    ['Avoid this terrible company', 'negative'],
    // a device that dies is a fault
    ['My battery dies by noon', 'negative'],
    ['my phone dies every afternoon', 'negative'],
  ]);

  test('the harm avoided weighs for the post in the explanation, and the word that cuts it weighs nothing', () => {
    const { reasons } = analyze('The new guard cuts the chance of injury');
    expect(reasons.find((r) => r.text.toLowerCase() === 'injury')?.weight).toBeGreaterThan(0);
    expect(reasons.find((r) => r.text.toLowerCase() === 'cuts')?.weight ?? 0).toBe(0);
  });
});

describe('swear words written with symbols read as the words they stand for', () => {
  test.each([
    ['F*** the party', ['fuck', 'the', 'party']],
    ['f**king useless', ['fucking', 'useless']],
    ['what the f*ck', ['what', 'the', 'fuck']],
    ['this is sh*t', ['this', 'is', 'shit']],
    ['b!tch please', ['bitch', 'please']],
    ['total b*llsh*t', ['total', 'bullshit']],
    // no swear word: the symbols stay punctuation
    ['rate it 5* thanks', ['rate', 'it', '5', '*', 'thanks']],
    ['I*love*it', ['i', '*', 'love', '*', 'it']],
    ['so do as! ok', ['so', 'do', 'as', '!', 'ok']],
    ['mail me@example.com', ['mail', 'me', 'example']],
  ])('%s', (text, norms) => {
    expect(tokenize(text).map((token) => token.norm)).toEqual(norms);
  });

  labelTable([
    ['F*** the new update', 'negative'],
    ['this app is f**king useless', 'negative'],
    ['customer service is sh*t', 'negative'],
  ]);
});

describe('a thing that does not work, told without "not working"', () => {
  labelTable([
    ["Tried the reset, it didn't work", 'negative'],
    ['Nothing works since the update', 'negative'],
    ['The app never works on wifi', 'negative'],
    ['Tried three chargers and none of them work', 'negative'],
    // a day off is no fault
    ["I didn't work today", 'neutral'],
  ]);
});

describe('everyday brand verdicts said without feeling words', () => {
  labelTable([
    ["Can't log in since the update", 'negative'],
    ['Unable to sign in on the new app', 'negative'],
    // thrown out of one's account, a device that keeps dying
    ['Why does the app keep logging me out', 'negative'],
    ['the banking app logs me out every time I switch apps', 'negative'],
    ['the battery still dies', 'negative'],
    ['my headphones keep dying', 'negative'],
    // a thing that refuses its job, a payment refused, the wrong thing or a cold meal delivered, work lost
    ["app won't open after the update", 'negative'],
    ['checkout page keeps erroring', 'negative'],
    ['my card got declined but the money left my account', 'negative'],
    ['it arrived cold', 'negative'],
    ['not what I ordered', 'negative'],
    ['I lost all my progress', 'negative'],
    ['not what I ordered but honestly even better', 'positive'],
    // praise told as a fix, a record or a need met
    ['the new update fixed all my issues', 'positive'],
    ['finally works again', 'positive'],
    ['back up and running', 'positive'],
    ['10 years and never let me down', 'positive'],
    ['exactly what I needed', 'positive'],
    ['they actually listened', 'positive'],
    ['fastest delivery ever', 'positive'],
    // a doubt that it is even allowed, a demand, what should never be in food
    ['how is this legal', 'negative'],
    ['@brewly you can do better than this', 'negative'],
    ['found a hair in my food', 'negative'],
    ['there was glass in my salad', 'negative'],
    // a fix denied
    ["the update didn't fix the issue", 'negative'],
    ["didn't fix it but they refunded me, fair enough", 'positive'],
    ["I've been a customer for 10 years and this is how you treat me", 'negative'],
    ['The new flavour is a no from me', 'negative'],
    ['Price went up again and the portions got smaller', 'negative'],
    ['Delivery was a day early!', 'positive'],
    ['Absolute game changer', 'positive'],
  ]);
});

describe('support that never answers, told as a habit', () => {
  labelTable([
    ['Support never answers', 'negative'],
    ['support never replies to emails', 'negative'],
    ['Their support never picks up the phone', 'negative'],
    ['Acme never gets back to you', 'negative'],
    ["They won't answer my emails", 'negative'],
    ['nobody ever replies', 'negative'],
    ['takes forever to respond', 'negative'],
    ['still no word from support about my refund', 'negative'],
    ['I keep getting passed around between departments', 'negative'],
    ['the 8:15 is never on time', 'negative'],
    // an answer at last, or an answer asked for, is no complaint
    ['They finally got back to me and sorted it, thank you!', 'positive'],
    ['Does support answer on weekends?', 'neutral'],
  ]);
});

describe('an opinion denied reaches the feeling at the end of its clause', () => {
  labelTable([
    ["I didn't think it was good", 'negative'],
    ["I don't think the staff were very helpful", 'negative'],
    ["Honestly I don't feel like the support team was helpful at all", 'negative'],
    ["I don't think the new update is an improvement", 'negative'],
    ['I do not think the refund process is fair', 'negative'],
    ["I don't think that the staff were very helpful", 'negative'],
    ["I didn't think it was that good", 'negative'],
    ["don't think the food was bad at all", 'positive'],
    // surprise, a hope or a comparison is no denial
    ["I didn't think it would be this good", 'positive'],
    ["Didn't think it was this good, wow", 'positive'],
    ['I never thought it would be this good', 'positive'],
    ["I don't think I've ever had a better burger", 'positive'],
    ["didn't think I'd love it this much", 'positive'],
    ["I can't think of a better phone", 'positive'],
    ["I don't think there's a better phone for the price", 'positive'],
    // a clause break ends it
    ["I don't feel well and the staff were great", 'positive'],
    ["I don't think so. The staff were very helpful", 'positive'],
  ]);
});

describe('slang of the 2020s, information questions, denied faults', () => {
  labelTable([
    // slang the 2014-2017 lexicons never met
    ['ok i was skeptical but this air fryer actually slaps', 'positive'],
    ['the memes this week have been elite 😂', 'positive'],
    ['this album is goated', 'positive'],
    ['10/10 service today', 'positive'],
    ['huge W for the team today', 'positive'],
    ['the new menu is mid', 'negative'],
    // looking forward, and a release called a drop
    ["can't wait for the new drop", 'positive'],
    ['Bring on the weekend! Concert Friday', 'positive'],
    ['so hyped for the launch tomorrow', 'positive'],
    ['sales drop 20% after the recall', 'negative'],
    // praise told as no trouble, criticism told as advice, and sarcasm with its comma
    ['Never had a single problem with my VoltRide in 2 years', 'positive'],
    ['Found this out the hard way', 'negative'],
    ["That's not a compliment, Brewly.", 'negative'],
    // an insurance product is no fault; an insult is not a TV show
    ['Does your policy include public liability insurance for a small bakery?', 'neutral'],
    ['you absolute muppet', 'negative'],
    ['Watching The Muppet Show with the kids', 'neutral'],
    // a verdict is no joke told
    ['your customer service is a joke', 'negative'],
    ['that joke was hilarious', 'positive'],
    ['the warranty team actually came through', 'positive'],
    ['their quality has gone downhill', 'negative'],
    // a name's words name a thing, not a feeling (mid-sentence, capitalised, beside another capital)
    ['Tried the Death by Chocolate cake from Crumbly today', 'neutral'],
    ['watching The Walking Dead tonight', 'neutral'],
    ["Orbix's Destroyer controller is ridiculously comfy", 'positive'],
    // ...but not a capital that starts a sentence, nor a post in Title Case
    ['The service was Terrible. Worst Visit Ever', 'negative'],
    ['Breaking News: Massive Fire Destroys Warehouse', 'negative'],
    // the same letters used plainly
    ['mid-season finale tonight at 8', 'neutral'],
    ['Senate vote expected late Thursday, per reports', 'neutral'],
    ['Back for a limited time starting Monday', 'neutral'],
    // a question asked for information is not a feeling about what it asks
    ['Which is better for a first car, Civic or Corolla?', 'neutral'],
    ['Anyone have recommendations for a good mechanic nearby?', 'neutral'],
    // ...but a complaint put as a question still is one
    ['Anyone else getting charged twice?? ridiculous', 'negative'],
    // complaints told as facts: the same fault again, what it costs, leaving
    ['Kid has lice. Again. Third time this year.', 'negative'],
    ['found a hair in my burrito. second time this month. done with them.', 'negative'],
    ['its 9pm. expected restoration by 6pm. still nothing. what am I paying for', 'negative'],
    ['My landlord raised rent by $400 with 30 days notice', 'negative'],
    ['10 minutes of sponsor reads for 2 minutes of content. unsubscribed', 'negative'],
    ['These boots just hit 1000 miles and they are still holding up', 'positive'],
    // CamelCase hashtags read as their words, with boosters and negation
    ['Three hours on hold #WorstServiceEver', 'negative'],
    ['new kettle day #SoHappy', 'positive'],
    ['the update #NotHappy', 'negative'],
    ['#ThrowbackThursday to our first shop', 'neutral'],
    // a fault put right: the fault is the backstory, unless another follows the fix
    ['My order was wrong but support sorted it within 10 minutes and sent a voucher', 'positive'],
    ['Had a leak from my new kettle, Brewly replaced it next day no questions asked', 'positive'],
    ['Lost my card abroad and Northline had a new one to my hotel in 24h. Impressed.', 'positive'],
    ['after weeks of back and forth the issue is finally resolved', 'positive'],
    ['They fixed it and it broke again the next day', 'mixed'],
    // sarcasm: what nobody loves
    ['nothing I love more than waiting 40 minutes on hold', 'negative'],
  ]);

  // A sarcastic "love paying" with no other complaint word: never praise, and leaning negative. Negative is
  // the reading of the full post in social-heldout.tsv; a sure side is not pinned, since only the model
  // tells such a post from real love.
  test('"Love paying $45 for…" is sarcasm, not praise', () => {
    const result = analyze('Love paying $45 for a moisturizer because a celebrity put her name on it');
    expect(['neutral', 'negative']).toContain(result.label);
    expect(result.score).toBeLessThan(-0.1);
  });

  test('a denied fault is no praise: "not broken, not defective" does not read positive', () => {
    const result = analyze('Not broken, not defective, just not what was shown in the photos.');
    expect(result.label).not.toBe('positive');
    const denied = result.reasons.filter((reason) => /not (broken|defective)/i.test(reason.text));
    expect(denied).toHaveLength(2);
    for (const reason of denied) expect(reason.weight).toBeLessThan(0.5);
    // "not bad" keeps its full flip
    expect(analyze('not bad').reasons[0]?.weight).toBeGreaterThan(1);
  });

  test('capitals of emphasis beside "Is", "Was", "My" make no name: the feeling word keeps its weight', () => {
    const useless = analyze('my order from them arrived today and the Support Is Useless').reasons.find((reason) => reason.text === 'Useless');
    expect(useless?.weight).toBeLessThan(-1.5);
    // A name keeps a fifth ("Hell Pizza").
    const hell = analyze('Just tried Hell Pizza downtown').reasons.find((reason) => reason.text === 'Hell');
    expect(hell?.weight).toBeGreaterThan(-1);
  });

  test('a contrast with strong feeling on both sides leans, less surely than one side alone', () => {
    const twoSided = analyze('The hotel was lovely but the food was awful.');
    const oneSided = analyze('The hotel was fine but the food was awful.');
    expect(twoSided.label).toBe('negative');
    expect(twoSided.confidence).toBeLessThan(0.8);
    expect(twoSided.confidence).toBeLessThan(oneSided.confidence);
  });
});

test('"is a joke" is a verdict on the service, not an offensive joke told', () => {
  const { label, signals } = analyze('@Brewly your customer service is a joke');
  expect(label).toBe('negative');
  expect(signals).toContain('complaint:service');
  expect(signals).not.toContain('complaint:insensitive');
  expect(analyze('Your tweet joking about the wildfire is disgusting').signals).toContain('complaint:insensitive');
});

// Brand posts' words the generic lexicons misread (ordinary brand posts, 1 December).
describe('"at best", "-wise", "decent", "loyalty penalty"', () => {
  test('"X at best" is no better than X, never "best"', () => {
    const text = 'the shower was lukewarm at best and no one answered reception for 40 mins';
    expect(weightOf(text, 'at best')).toBeLessThan(0);
    expect(weightOf(text, 'best')).toBeUndefined();
    expect(analyze(text).label).toBe('negative');
    expect(weightOf('this is the best', 'best')).toBeGreaterThan(2);
  });

  test('"-wise" joined to a word means "as for": "data-wise" is not wise', () => {
    expect(tokenize('data-wise, price-wise').map((token) => token.norm)).toEqual(['data', '-wise', ',', 'price', '-wise']);
    expect(tokenize('a wise choice')[1]?.norm).toBe('wise');
    expect(weightOf('Pretty concerning data-wise tbh', 'wise')).toBeUndefined();
    expect(analyze('Pretty concerning data-wise tbh').label).not.toBe('positive');
  });

  test('"decent" is mild praise, and "not even decent" is not', () => {
    expect(wordValence('decent')).toBeGreaterThan(0);
    expect(wordValence('decent')).toBeLessThan(2);
    expect(analyze('not even decent').label).toBe('negative');
  });

  test('the "loyalty penalty" is a complaint, not loyalty (+2.5); "alive and well" is neither', () => {
    expect(weightOf('the loyalty penalty strikes again', 'loyalty penalty')).toBeLessThan(0);
    const text = 'Premium went up 40% at renewal with zero claims. Loyalty penalty is alive and well at Cobaltshield.';
    expect(weightOf(text, 'alive')).toBeUndefined();
    expect(analyze(text).label).toBe('negative');
  });
});

// QA: "the label says <b>decaf</b> but it's clearly not lol" read neutral. A product's own claim told
// untrue is a product not as described; laughter after a denial is not denied.
describe('a product not as it says it is', () => {
  const signalsOf = (text: string) => analyze(text).signals;
  test.each([
    "the label says decaf but it's clearly not lol",
    "the label says <b>decaf</b> but it's clearly not lol",
    "it says waterproof but it isn't",
    'Advertised as waterproof but it is not. Soaked through in ten minutes',
    "Sold as organic but it's not even close",
    "The packaging says 100% arabica single origin but they're not",
    'Labelled vegan but it definitely is not',
  ])('%s → a product complaint, negative', (text) => {
    expect(signalsOf(text)).toContain('complaint:product');
    expect(analyze(text).label).toBe('negative');
  });

  test.each([
    // others' words, not the product's
    "Reviews said it was flimsy but it's not at all",
    'My friend said it was hard to set up but it is not',
    // idioms and reported words, not a claim
    "It says a lot about them but it's not surprising",
    "this says everything about the brand but it isn't news",
    // selling words that claim nothing
    "Sold out but it's not a problem, we restock Friday",
    'Listed in the top ten but it is not my favourite',
    // the claim told true
    'The label says decaf and it really is',
  ])('%s → no product complaint', (text) => {
    expect(signalsOf(text)).not.toContain('complaint:product');
  });

  test('an allergic reaction is a product complaint', () => {
    expect(signalsOf('This says gluten free but my kid had an allergic reaction')).toContain('complaint:product');
    expect(analyze('This says gluten free but my kid had an allergic reaction').label).toBe('negative');
  });

  test('laughter after a denial is not denied: "not lol" is no "not funny"', () => {
    expect(weightOf("it's clearly not lol", 'not lol')).toBeUndefined();
    expect(weightOf("it's clearly not lol", 'lol')).toBeGreaterThan(0);
    // a feeling word is still denied
    expect(weightOf('this is not funny', 'not funny')).toBeLessThan(0);
  });
});

// QA: "ordered decaf, got full caff. up all night thanks brewly" read positive (the thanks).
describe('one thing ordered, another come', () => {
  const wrongItem = (text: string) =>
    (analyze(text).signalEvidence ?? []).some((evidence) => evidence.code === 'complaint:service' && /^(got|received)\b/i.test(evidence.text));
  test.each([
    'ordered decaf, got full caff. up all night thanks brewly',
    'ordered a large, got a small. thanks brewly',
    'I asked for oat milk but got regular',
    'I ordered the blue one and got the red one instead',
    'Paid for next-day, received a parcel of the wrong book',
    'ordered 3T, got 5T',
  ])('%s → a service complaint, not positive', (text) => {
    expect(wrongItem(text)).toBe(true);
    expect(analyze(text).label).not.toBe('positive');
  });

  test.each([
    'ordered on monday, got it tuesday. thanks brewly',
    'Ordered a latte and got a free cookie!',
    'ordered a coffee and got a seat by the window',
    'Ordered the hoodie, got a tracking number an hour later',
    'ordered a medium, got a medium. perfect fit',
    'Ordered online, got it delivered in two days',
  ])('%s → no wrong item', (text) => {
    expect(wrongItem(text)).toBe(false);
  });
});

// Found in real tweets (the read parts of the TweetEval test split, Sentiment140, Sanders and the airline tweets,
// thirty-eighth and thirty-ninth sessions): words the source lexicons lack or read for their look, a letter's
// salutation read as affection, and denials, wishes and warnings read the wrong way.
describe('real-tweet lexicon gaps', () => {
  test.each<[string, SentimentLabel]>([
    ['#Hatchimals are shite', 'negative'],
    ['the new ad is honestly creepy', 'negative'],
    ['he is hiring white supremacists', 'negative'],
    ['Why are tanks at a protest but nowhere to be found when the kkk is celebrating', 'negative'],
    ['Dear @Acme, my parcel never arrived.', 'negative'],
    ['Dear Acme, where is my refund?', 'negative'],
    ['Trump lost the popular vote', 'negative'],
    ['The United Nations Headquarters in New York #unitednations #newyork', 'neutral'],
    ['I &lt;3 @apple', 'positive'],
    ['Artificial intelligence course starts Monday', 'neutral'],
    ['🚨 New episode tonight at 9 🚨', 'neutral'],
    ['🚨 Store closing at 6pm today', 'neutral'],
    ['Hell yes!!! Got my contacts back!!  Thanks @apple', 'positive'],
    ['Hellllllll ya I would', 'positive'],
    ['the popular vote is up 2MM for her and it doesnt mean shit', 'negative'],
    ['They didnt do crap about my claim', 'negative'],
    ['Rosie knows no shame!', 'negative'],
    ['It is ONE day after thanksgiving and the xmas music is on... GOD HELP US', 'negative'],
    ['Comey CROOKED as HRC', 'negative'],
    ['Kim Fatty the Third.', 'negative'],
    ['keep the cucks away from you', 'negative'],
    ['Sigh.', 'negative'],
    ['The security team will be at the north entrance', 'neutral'],
    ['Go to your local social security office', 'neutral'],
    ["OMG. Can't wait for #BeautyAndTheBeast 2017!", 'positive'],
    ["@Acme your service couldn't be better", 'positive'],
    ['it can\'t get any better than this', 'positive'],
    ["honestly the app couldn't be any worse", 'negative'],
    ["it can't get any worse", 'negative'],
    ['one of the best if not the best support teams around', 'positive'],
    ['if not the worst airline, close to it', 'negative'],
    ["@Garr_Williams isn't this place great?  #twitter", 'positive'],
    ["Wasn't that show amazing?", 'positive'],
    ["Why isn't this great app working today?", 'negative'],
    ["Doesn't anyone at @Acme care?", 'negative'],
    ['Wow, very fast camera on Galaxy Nexus - faster than N9 i think :o #google', 'positive'],
    ['@SouthwestAir and thx for not responding', 'negative'],
    ['thank you for never getting back to me', 'negative'],
    ['the AA reservations phone number has been less than helpful', 'negative'],
    ['@united but again UNITED DOESNT GIVE 2 SHITS ABOUT THEIR CUSTOMERS', 'negative'],
    ['@SouthwestAir would be great if I atleast was next to my husband who is flying in the same reservation', 'neutral'],
    ['@united 24 hrs since landing and still waiting for my bag. An ETA would be hugely helpful', 'negative'],
    ["@AmericanAir they can't even tell me what country they are in 😥😥", 'negative'],
    ["I've been on hold for an hour and 45 minutes. I would really appreciate it.", 'negative'],
    ['how can you not love Obama?', 'positive'],
    ['itchy back!! dont ya hate it!', 'negative'],
    ['Booz Allen Hamilton has a bad ass homegrown social collaboration platform. Way cool!', 'positive'],
    ['@Acme you better fix this now', 'neutral'],
    ['the app crashes every time I open it', 'negative'],
    ['The new Brixel game is so addictive it should come with a health warning lol', 'positive'],
    ['tremendous advances in batteries this year', 'positive'],
    ['what a clusterfuck', 'negative'],
    ["It's official. Google Earth for VR is the single coolest thing I've seen in a really long time.", 'positive'],
  ])('%s', (text, label) => {
    expect(analyze(text).label).toBe(label);
  });

  test('praise wished for is weak; praise of what is, or what would be done again, is not', () => {
    expect(analyze('it would be great to get an update').score).toBeLessThan(analyze('it was great to get an update').score / 2);
    expect(analyze('I would love to fly with you again').label).toBe('positive');
    expect(analyze('This is great').label).toBe('positive');
    expect(analyze('no less than amazing').label).toBe('positive');
    expect(analyze('thanks for not making me wait').label).toBe('positive');
    expect(analyze('We really appreciate your help').label).toBe('positive');
    expect(analyze('the new phone is better').label).toBe('positive');
    expect(analyze('you had better fix this').label).not.toBe('positive');
    expect(analyze('would have appreciated a heads up').label).not.toBe('positive');
  });

  test('a comparison with "than" stays denied', () => {
    expect(analyze("the sequel can't be better than the original").score).toBeLessThan(0);
  });

  test('"dear" keeps its warmth inside a post, and "oh dear" is dismay', () => {
    expect(analyze('my dear friend').label).toBe('positive');
    expect(analyze('Oh dear, the app is down again').score).toBeLessThan(0);
    expect(analyze('Dear @Acme, thank you so much for the quick refund!').label).toBe('positive');
  });
});

describe('hashtags read as their words', () => {
  test.each<[string, SentimentLabel]>([
    ['Selling a $50 toy for 6x the price #peoplesuck', 'negative'],
    ['We need dates! #google #launchfail', 'negative'],
    ['@SkyHarbourAir #worstairlineever', 'negative'],
    ['@SkyHarbourAir #horriblecustomerservice', 'negative'],
    ['New baggage fees from today #badpolicy', 'negative'],
    ['Late Thanksgiving Day selfie #happyholidays', 'positive'],
    // the head of a topic tag names the topic, no feeling
    ['Stories of the day via @user #yemencrisis #yemen', 'neutral'],
    ['Watching the new episode #thewalkingdead', 'neutral'],
    ['Watching the new episode #TheWalkingDead', 'neutral'],
    ['Iraqi forces enter another district of #Mosul #MosulOffensive', 'neutral'],
    // a verdict as the head still counts
    ["£120 trainers made by people who weren't paid for 3 months. #StridewellExposed", 'negative'],
    // names: no split into short pieces, no verdict read into a site's name
    ['Ice Cream Sandwich features #android #neowin', 'neutral'],
    ['Town hall tonight #nikkkihaley', 'neutral'],
  ])('%s', (text, label) => {
    expect(analyze(text).label).toBe(label);
  });

  test('a run-together hashtag reads the same however often it is seen', () => {
    const text = 'My 8yo talked about 3D printing new airways for me tonight #lovehimtopieces';
    const first = analyze(text);
    for (let i = 0; i < 5; i++) expect(analyze(text)).toEqual(first);
    expect(first.label).toBe('positive');
  });

  test('a hashtag in one case is read as its words, a CamelCase one as before', () => {
    expect(analyze('#epicfail').score).toBeLessThan(0);
    expect(analyze('#EpicFail').score).toBeLessThan(0);
    expect(analyze('#EPICFAIL').score).toBeLessThan(0);
    expect(analyze('#notcool').score).toBeLessThanOrEqual(0);
  });
});
