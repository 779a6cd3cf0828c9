// Precision of the crisis signals: words that name trouble in one sense and something ordinary in
// another. Found by reading samples of what each signal fired on in real tweets and written posts; the
// cases below are written for this file (not taken from those sets), each table a false alarm that
// must not fire beside true cases of the same signal that must still fire.
import { describe, expect, test } from 'vitest';
import { analyze, type SignalCode } from '../../../utils/analysis/index';

type Case = [text: string, code: SignalCode];

function expectQuiet(text: string, code: SignalCode): void {
  expect(analyze(text).signals).not.toContain(code);
}

function expectFires(text: string, code: SignalCode): void {
  expect(analyze(text).signals).toContain(code);
}

describe('"RT" marking a retweet is not a call to spread it', () => {
  test.each<Case>([
    ['RT @dana: my train was cancelled again, worst commute ever', 'escalation:viral'],
    ['So sad RT @sam: the app deleted all my notes and nobody cares', 'escalation:viral'],
    ['RT sam_k: awful weather ruined the match', 'escalation:viral'],
    ["I'll share what the call centre told me: nothing, awful service", 'escalation:viral'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ["Please RT, the app deleted everyone's notes and support won't answer", 'escalation:viral'],
    ['RT if your parcel never arrived either, this is a joke', 'escalation:viral'],
    ['Retweet this so everyone sees how awful they are', 'escalation:viral'],
    ['Please share this, they are still selling the recalled heaters', 'escalation:viral'],
  ])('%s: %s', expectFires);
});

describe('news, media and "press" in passing are no threat to go to the press', () => {
  test.each<Case>([
    ['Horrible news tonight, I feel sick', 'escalation:press'],
    ['I press the power button and nothing happens, so annoying', 'escalation:press'],
    ['Social media is full of awful people tonight', 'escalation:press'],
    ['Watching the news makes me so sad and angry', 'escalation:press'],
    ['Awful press conference, the coach had no answers', 'escalation:press'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ["If this isn't fixed by Friday I'm going to the media", 'escalation:press'],
    ['Contacted the BBC about your awful refund policy', 'escalation:press'],
    ['Your data leak is all over the news and still no email from you', 'escalation:press'],
    ['Going to the press with this', 'escalation:press'],
    ['Found out from the news that my data was stolen, disgraceful', 'escalation:press'],
  ])('%s: %s', expectFires);
});

describe('staff named in a bad post are no complaint about them unless their conduct is', () => {
  test.each<Case>([
    ['The staff were lovely but the wait was awful', 'complaint:employee'],
    ['Terrible news, 300 workers lose their jobs at the plant', 'complaint:employee'],
    ['How rude! The rain ruined our picnic', 'complaint:employee'],
    ['The crew were stuck in traffic so we sat on the plane for two hours, awful', 'complaint:employee'],
    ['Hit by a drunk driver on the way home, awful night', 'complaint:employee'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['The cashier had such an attitude with me, awful', 'complaint:employee'],
    ['Your driver threw my parcel over the fence and it smashed. Awful', 'complaint:employee'],
    ['Asked three staff for help and they were clueless. Awful.', 'complaint:employee'],
    ['The manager was incredibly rude to my dad', 'complaint:employee'],
    // the company's conduct towards its staff
    ['Acme fired the staff who tried to unionise. Boycott Acme.', 'complaint:employee'],
    ['They underpay and overwork their drivers, disgraceful. Their workers are exploited', 'complaint:employee'],
  ])('%s: %s', expectFires);
});

describe('boycott: hashtags that start with "ban", and "avoid" as a purpose', () => {
  test.each<Case>([
    ['#bangkok trip ruined, the hotel lost our booking', 'boycott'],
    ['#Bananas are awful this week, all bruised', 'boycott'],
    ['Awful day at work. Any tips on how to avoid burnout?', 'boycott'],
    ['I hate mornings, I try to avoid checking email before 10', 'boycott'],
    ['How do I cancel an add-on I never asked for? This is so annoying', 'boycott'],
    ["Can't remember the last time I was this tired, awful week", 'boycott'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['#BanAcme until they pay their staff properly', 'boycott'],
    ['Avoid this company, they kept my deposit. Awful', 'boycott'],
    ['Awful service. Avoid.', 'boycott'],
    ['That is the last time I fly with them, awful', 'boycott'],
    ["I'm cancelling, this is the third price rise this year. Awful", 'boycott'],
  ])('%s: %s', expectFires);
});

describe('legal: "bb", a court that is a place, "illegal" describing a thing', () => {
  test.each<Case>([
    ['miss you bb, this week has been awful', 'escalation:legal'],
    ['Stuck in the food court for an hour, this mall is awful', 'escalation:legal'],
    ['Ugh, the tennis court was flooded again, awful', 'escalation:legal'],
    ['Someone is selling illegal copies of the album, terrible', 'escalation:legal'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Reported them to the BBB, worst company ever', 'escalation:legal'],
    ["I'll take them to court over this, disgraceful", 'escalation:legal'],
    ['Charging me to cancel is illegal and you know it', 'escalation:legal'],
    ['Is that even legal?? Awful', 'escalation:legal'],
  ])('%s: %s', expectFires);
});

describe('security: a compromise agreed, security that is not a system', () => {
  test.each<Case>([
    ['Both sides compromised in the end, still annoyed the strike took so long', 'complaint:security'],
    ['We compromised on the price but the sofa arrived damaged', 'complaint:security'],
    ['Worried about national security with this awful government', 'complaint:security'],
    ['The security guard at the gate was so slow, awful queue', 'complaint:security'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['My account was compromised and someone ordered £300 of stuff', 'complaint:security'],
    ['Your security is a joke, my password was reset by someone else', 'complaint:security'],
    ['Got an email saying my details were compromised, awful', 'complaint:security'],
  ])('%s: %s', expectFires);
});

describe('an outage is service, "down" as a direction is none; product: "broke" in idioms', () => {
  test.each<Case>([
    ['I need to lie down, this headache is awful', 'complaint:service'],
    ['The CEO should step down after this awful mess', 'complaint:service'],
    ['We went down to the beach and it rained all day, awful', 'complaint:service'],
    ['Awful weekend, she will never live it down', 'complaint:service'],
    ['Our energy use is down 60% since the panels went up, awful winter though', 'complaint:service'],
    ['Latency is down about 40ms, nice', 'complaint:service'],
    ['The old barn burned down years ago, awful', 'complaint:service'],
    ['Is the app down? Can\'t log in at all, awful', 'complaint:product'],
    ['She broke my heart, worst week ever', 'complaint:product'],
    ['Someone broke into my car last night, awful', 'complaint:product'],
    ['Awful news, a crash course in grief this week', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ["Is the app down? Can't log in at all, awful", 'complaint:service'],
    ['The handle broke after two days, rubbish', 'complaint:product'],
    ['Servers down again, useless', 'complaint:service'],
    ['The site went down during checkout, awful', 'complaint:service'],
    // asked as a question only, an outage is service's to answer, not yet a complaint (service's asking rule)
    ['The app is down again and payments are stuck, awful', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('service: the writer late, the late, and charged with a crime', () => {
  test.each<Case>([
    ['Running late again, hate mornings', 'complaint:service'],
    ['My late grandad would have hated this awful weather', 'complaint:service'],
    ['Ugh, I was late to work again and my boss noticed', 'complaint:service'],
    ['Singer charged with assault after the awful gig', 'complaint:service'],
    ['Only 4 hours of sleep, awful headache today', 'complaint:service'],
    ['They said the movie was bad... oh wait, it was worse', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['My parcel is three days late and nobody replies', 'complaint:service'],
    ['The 8:15 train was late again, awful', 'complaint:service'],
    ['They charged me £40 for nothing, disgraceful', 'complaint:service'],
    ['Stuck at the gate for 5 hours with no information, awful', 'complaint:service'],
    ['Still waiting, 3 weeks and no refund', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('insensitive: an ad, a tweet or a campaign named in passing is no offence taken', () => {
  test.each<Case>([
    ['Ugh, my previous tweet had a typo, so annoying', 'complaint:insensitive'],
    ['Should I tweet at them? Still no reply after a week, awful', 'complaint:insensitive'],
    ["This game's campaign mode is boring and way too short", 'complaint:insensitive'],
    ['A stupid commercial interrupted the match again, annoying', 'complaint:insensitive'],
    ['Way too soon for snow, my car is buried, awful', 'complaint:insensitive'],
    ['The weekend ended too soon and work is awful', 'complaint:insensitive'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Your new ad is disgusting, pull it', 'complaint:insensitive'],
    ['That campaign made me feel sick, awful', 'complaint:insensitive'],
    ["Delete this tweet, it's awful", 'complaint:insensitive'],
    ["The 'sorry you feel that way 💔' tweet made me so angry", 'complaint:insensitive'],
    ['A joke about the flood victims? Too soon.', 'complaint:insensitive'],
    ['Is this too soon?? Awful timing for that post', 'complaint:insensitive'],
  ])('%s: %s', expectFires);
});

describe('sarcasm needs a complaint, and a word of conduct alone is none', () => {
  test.each<Case>([
    ['I love how aggressive both teams are playing, brilliant match', 'sarcasm'],
    ['I LOVE how lazy my cat is being. She would lose a race to a snail!', 'sarcasm'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Great job, the waiter ignored us for an hour', 'sarcasm'],
    ['Wow. Staff were clueless again', 'sarcasm'],
  ])('%s: %s', expectFires);
});

describe('service: a cue is the brand\'s service only in its own sense, told as a complaint', () => {
  test.each<Case>([
    // a length of time, or a wait, that no service kept anyone through
    ['Spent 3 hours on my essay and it is still awful', 'complaint:service'],
    ['Waiting for the bus in the freezing rain, miserable', 'complaint:service'],
    // a bill that is a law or a man, a service that is the state's, support that is cheering
    ['The Senate bill failed again, terrible news', 'complaint:service'],
    ['Bill Maher said something awful again', 'complaint:service'],
    ['The National Weather Service warns of a terrible storm tonight', 'complaint:service'],
    ['Ambulance service stretched after the awful pile-up', 'complaint:service'],
    ['Come and show your support, the other lot are awful', 'complaint:service'],
    ['Striker charged in court after the awful brawl', 'complaint:service'],
    // a flight, a delivery driver, a late that are no service
    ['Another rude passenger on the flight, awful', 'complaint:service'],
    ['The delivery driver carried it up five floors because the lift was broken', 'complaint:service'],
    ['Got to the gig way too late to see anything, awful', 'complaint:service'],
    ['People are ignoring the awful news from the coast', 'complaint:service'],
    // information asked, or a case supposed
    ['Does the refund cover the broken lid too?', 'complaint:service'],
    ['Anyone know if the delivery fee is waived for the faulty batch?', 'complaint:service'],
    ['Reporter here: if you were double billed by Acme, please DM me', 'complaint:service'],
    // the service came through
    ['The kettle arrived broken but the refund landed the same afternoon', 'complaint:service'],
    ['Screen cracked on day one, support sent a courier the next morning', 'complaint:service'],
    ['The price rise stinks, but they fixed the billing mess properly', 'complaint:service'],
    // leaving is a boycott, not a service complaint
    ['Cancelled my subscription, done with them', 'complaint:service'],
    // a service phrase asked about, not told
    ['Do the hidden fees apply to the annual plan as well?', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['9 hours stuck at the gate and not one announcement, awful', 'complaint:service'],
    ['3 weeks waiting on a callback from the claims team, awful', 'complaint:service'],
    ['My phone bill doubled overnight, ridiculous', 'complaint:service'],
    ['A bill of £900 for a flat I moved out of, disgraceful', 'complaint:service'],
    ['They charged my card twice for one lamp, awful', 'complaint:service'],
    ['Why is the refund only for unopened boxes?? Awful', 'complaint:service'],
    ['Support chat: "have you tried turning it off?" YES. It still does not work.', 'complaint:service'],
    ['Support sent me a useless link, awful', 'complaint:service'],
    ['The refund is still not processed after 5 weeks, awful', 'complaint:service'],
    ['Our flight was delayed and the crew said nothing, awful', 'complaint:service'],
    ['If the refund was sent, why is my account still empty? Awful', 'complaint:service'],
    ['Is my refund ever coming? Three weeks now, awful', 'complaint:service'],
    // the words the service cues' other senses share with other signals still count for those
    ['The delivery driver threw my parcel over the fence, awful', 'complaint:employee'],
    ['All that talk of green values is lip service, awful', 'complaint:hypocrisy'],
  ])('%s: %s', expectFires);
});

describe('sarcasm: thanks after a fault put right is meant', () => {
  test.each<Case>([
    ['My earbuds cracked, emailed Acme and they sent a new one the next day. Thanks Acme', 'sarcasm'],
    ['Charger stopped working and they replaced it free of charge. Thanks @Voltly', 'sarcasm'],
    ['App crashed all week, finally fixed this morning. Thanks Zentrix', 'sarcasm'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Waited 3 hours and no reply. Thanks Acme', 'sarcasm'],
    ['They sent a new one and it broke within a week. Thanks Acme', 'sarcasm'],
    ['Sent me a replacement, also cracked and useless. Thanks Acme', 'sarcasm'],
  ])('%s: %s', expectFires);
});

describe('anger from capitals or "!!!" needs an angry word shouted, or anger told beside it', () => {
  test.each<Case>([
    // the shout lands on sorrow, fear or illness, or on nothing negative at all
    ['Premiere of The Walking Dead tonight!!! Who is watching?', 'anger'],
    ['Off to the match!!! Missed the first bus but whatever', 'anger'],
    ['Got tickets for the final!!! I could cry!!!', 'anger'],
    ['MISSING my grandad SO MUCH today', 'anger'],
    ['FEELING SICK before my exam!!!', 'anger'],
    ['That is TERRIBLY SAD, RIP old friend', 'anger'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['DAMN!!! the power is out AGAIN. HATE that', 'anger'],
    ['PISS OFF, rain. PISS OFF, Monday.', 'anger'],
    ['Disgraceful!!! Nobody answered the helpline for an hour', 'anger'],
    ['YES I restarted it. IT STILL DOES NOT WORK.', 'anger'],
    ['STUPID printer jammed AGAIN', 'anger'],
    ['THIS IS A DISGRACE!!! THREE WEEKS AND NOTHING', 'anger'],
  ])('%s: %s', expectFires);
});

describe('security: a hack that is a trick or a mood, a breach of contract, a password forgotten, a scam that is a rip-off', () => {
  test.each<Case>([
    ['This life hack for peeling garlic is useless', 'complaint:security'],
    ["Honestly I'm totally hacked off with the trains this week", 'complaint:security'],
    ['I got hacked off waiting for the bus', 'complaint:security'],
    ["Couldn't get the shelf level so I hacked it with a folded beer mat, ugly but fine", 'complaint:security'],
    ['They are in breach of contract over the late kitchen fitting, awful', 'complaint:security'],
    ['How to reset your password if you forget it: annoying but simple', 'complaint:security'],
    ['Forgot my password for the third time this week, ugh', 'complaint:security'],
    ['Concert tickets resold for £500, total scam', 'complaint:security'],
    ['So much spam in my inbox today, annoying', 'complaint:security'],
    ['Love that they added 2FA to the app, about time', 'complaint:security'],
    ['New two factor login on the app, nice touch', 'complaint:security'],
    ['Their fraud team rang me before I even noticed the odd charge. Brilliant', 'complaint:security'],
    ['Used up all my data watching the match on the train, annoying', 'complaint:security'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['My account got hacked and someone changed my email, awful', 'complaint:security'],
    ['Someone hacked my account and posted spam to all my friends', 'complaint:security'],
    ['Your data breach exposed my home address', 'complaint:security'],
    ['Someone changed my password and emptied my wallet, awful', 'complaint:security'],
    ['Phishing texts pretending to be Acme all week, this is on them', 'complaint:security'],
    ['Got a scam email from your own domain, awful', 'complaint:security'],
    ['Fraudulent charges on my card after ordering from you. Awful', 'complaint:security'],
    ['Locked out of my account, the two factor codes never arrive. Awful', 'complaint:security'],
    ['They stole my card details through the app, disgraceful', 'complaint:security'],
    ['Your security is a joke', 'complaint:security'],
    ['My 2FA codes now go to someone else entirely', 'complaint:security'],
  ])('%s: %s', expectFires);
});

describe('press: journalists and papers in the news are no story about the brand', () => {
  test.each<Case>([
    ['Journalists face new limits at the border, a rights group says', 'escalation:press'],
    ['Our weather reporter sang carols live on air, awful voice', 'escalation:press'],
    ['Top tips for journalists who want to use social media better', 'escalation:press'],
    ['Great cartoon in the newspaper today about the election', 'escalation:press'],
    ['The startup is going public next year, shares will be pricey', 'escalation:press'],
    ['Fell asleep reading the newspaper again', 'escalation:press'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Journalist here: if Acme charged you twice this month, please DM me', 'escalation:press'],
    ['Nobody listened until a newspaper ran the story', 'escalation:press'],
    ['Consumer reporter looking to speak to anyone whose parcel went missing with Acme', 'escalation:press'],
    ['A journalist broke the story before the company said a word', 'escalation:press'],
    ["If this isn't sorted by Friday I'm going public", 'escalation:press'],
    ['Consumer journalist at @Ledger here. Were you overcharged by Acme?', 'escalation:press'],
    ["I'm a money reporter, were you left out of pocket by the outage?", 'escalation:press'],
    ['Local news says 40 people were hurt at the Acme plant', 'escalation:press'],
  ])('%s: %s', expectFires);
});

describe('staff: harassment, shouting and profiling are a staff complaint done by staff or to the writer', () => {
  test.each<Case>([
    ['The senator denied the harassment claims, awful week for him', 'complaint:employee'],
    ['Reported a harassment account and it was banned in an hour, impressive', 'complaint:employee'],
    ['I yelled at the telly when we lost the final, awful game', 'complaint:employee'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['The manager harassed my daughter in front of everyone', 'complaint:employee'],
    ['I was racially profiled at your Leeds store', 'complaint:employee'],
    ['Your driver yelled at my mum for no reason', 'complaint:employee'],
    ['Staff yelled at us for asking about the refund', 'complaint:employee'],
    ['I was harassed at your Leeds branch and nobody did anything', 'complaint:employee'],
    // told of staff with no other word of complaint
    ['The gate agent shouted at a man in a wheelchair for asking a question', 'complaint:employee'],
  ])('%s: %s', expectFires);
});

describe('service: a wait, or a change without warning, that no brand is behind', () => {
  test.each<Case>([
    ['Still waiting for my sister to text back, typical', 'complaint:service'],
    ['Still waiting on that new album, two years of silence', 'complaint:service'],
    ['The storm hit with no warning and flattened the fence', 'complaint:service'],
    ['She dropped a surprise album with no warning at midnight, chaos', 'complaint:service'],
    ['Still no sign of spring, freezing again', 'complaint:service'],
    ['Still waiting for my flatmate to text me back, typical', 'complaint:service'],
    ['The sequel was meant to come out in spring. Still waiting.', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Still waiting for my refund, awful', 'complaint:service'],
    ['Still waiting on the engineer, they said Monday', 'complaint:service'],
    ['Half the town is still waiting for the spare parts Acme promised in May', 'complaint:service'],
    ['Still no reply from support after three emails', 'complaint:service'],
    ['They deleted my account with no warning', 'complaint:service'],
    ['Acme cancelled my order without any notice', 'complaint:service'],
    ['Still no sign of my parcel, ten days now', 'complaint:service'],
    // standing bare, it waits for what the post told
    ['Acme promised me a callback on Monday. Still waiting.', 'complaint:service'],
    ['still waiting @Acme. they said the technician would be here by noon', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('anger: "wtf" is anger only at something bad, not surprise', () => {
  test.each<Case>([
    // surprise, good news or a fact asked about: nothing bad for the "wtf" to land on
    ['wtf I won?!', 'anger'],
    ['WTF I actually won the raffle?!', 'anger'],
    ['wtf, how is this so good', 'anger'],
    ['wtf just happened, I got upgraded to first class', 'anger'],
    ['WTF! When did they drop a new album?!', 'anger'],
    ['You have never seen Jaws? WTF?', 'anger'],
    ['WTF WHEN DID THIS COME OUT?!', 'anger'],
    ['WTH WHEN DID THIS COME OUT?!', 'anger'],
    ['They brought back the old menu?? WTF, best news all week', 'anger'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    // a verdict on the thing itself, something bad told beside it, or a complaint
    ['wtf is this update', 'anger'],
    ['WTF IS THIS UPDATE', 'anger'],
    ['WTH IS THIS UPDATE', 'anger'],
    ['Wtf is wrong with your delivery drivers', 'anger'],
    ['wtf did they do to the app, it is useless now', 'anger'],
    ['Wtf, my parcel was left in the rain and it is ruined', 'anger'],
    ['WTF, the app keeps crashing', 'anger'],
    // closing a statement with no question in it: a reaction to what was told
    ['They changed the login page again. WTF!', 'anger'],
    ['Moved my seat to the back without asking, wtf', 'anger'],
  ])('%s: %s', expectFires);
});

describe('anger: a headline in capitals with a word of violence is news, not a shout', () => {
  test.each<Case>([
    ['BREAKING: FIRE AT WAREHOUSE KILLS TWO', 'anger'],
    ['STORM KILLS 3 AS FLOODS HIT THE COAST', 'anger'],
    ['POLICE ARREST MAN AFTER VIOLENT ATTACK IN CITY CENTRE', 'anger'],
    ['TRAIN CRASH LEAVES 12 INJURED', 'anger'],
    ['ARRESTED DEVELOPMENT! ARRESTED DEVELOPMENT! Best show ever made', 'anger'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    // the same words told of the writer or to the brand
    ['YOUR SCOOTER NEARLY KILLED ME', 'anger'],
    ['THIS UPDATE IS KILLING MY BATTERY, FIX IT', 'anger'],
    ['YOUR CHARGER CAUGHT FIRE AND BURNED MY DESK', 'anger'],
    ['STUPID printer jammed AGAIN', 'anger'],
    // a word of violence shouted by "!", not written as a headline
    ['They shoved the injured fan aside! She could have been hurt! This NEEDS to stop!', 'anger'],
  ])('%s: %s', expectFires);
});

describe('service: "reply" is the brand\'s reply, not anyone\'s', () => {
  test.each<Case>([
    // thanks for a reply, a call to the reader, someone else's reply
    ['Thanks for the reply, gutted the gig is cancelled though', 'complaint:service'],
    ['Reply if you want my spare tickets, the other seller was awful', 'complaint:service'],
    ['Reply to this with your worst date story, mine was awful', 'complaint:service'],
    ['Awful weather today, reply if you are stuck too', 'complaint:service'],
    ['Ugh, still waiting for him to reply to my text', 'complaint:service'],
    ['I hate when people take ages to reply', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Acme took 10 days to reply, awful', 'complaint:service'],
    ['Their reply was useless, awful', 'complaint:service'],
    ['Please reply to my emails @Acme, this is awful', 'complaint:service'],
    ['The council is slow but at least they reply. Acme does not, awful', 'complaint:service'],
    ['@Acme reply to my DMs, this is awful', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('service: a brand not replying, told any way; a friend or a crush not replying is no complaint', () => {
  test.each<Case>([
    ['he hasn\'t replied', 'complaint:service'],
    ['She still hasn\'t replied to my text, typical', 'complaint:service'],
    ['my crush left me on read', 'complaint:service'],
    ['my bestie left me on read again, rude', 'complaint:service'],
    ['Still no reply from my crush, awful', 'complaint:service'],
    ['He won\'t reply to my texts', 'complaint:service'],
    ['she ignored my DMs all week, awful', 'complaint:service'],
    ['not a single reply from my friends, awful', 'complaint:service'],
    ['0 replies to my tweet, awful', 'complaint:service'],
    ['I haven\'t replied to the group chat yet, awful week', 'complaint:service'],
    // a thing that froze is no reply withheld
    ['My laptop won\'t respond, awful', 'complaint:service'],
    ['The touchscreen won\'t respond anymore, awful', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['@Acme support hasn\'t replied in a week', 'complaint:service'],
    ['Three days and Acme still hasn\'t replied', 'complaint:service'],
    ['Your support team has not responded to my email', 'complaint:service'],
    ['They won\'t reply', 'complaint:service'],
    ['Still no reply from Acme after 5 days', 'complaint:service'],
    ['Not a single reply from customer service', 'complaint:service'],
    ['0 replies to my email in 10 days @Acme', 'complaint:service'],
    ['Emailed them three times. Zero replies.', 'complaint:service'],
    ['No response for 2 weeks from your support team', 'complaint:service'],
    ['Acme ignored my DMs for a week', 'complaint:service'],
    ['Support left me on read for 3 days', 'complaint:service'],
    ['@Acme left on read again', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('anger: "what the hell is this", disbelief spelled out, reads as "wtf"', () => {
  test.each<Case>([
    ['what the hell, I won!', 'anger'],
    ['What the hell did I just watch, amazing', 'anger'],
    ['what on earth is this cake, it looks amazing', 'anger'],
    ['Oh what the heck, I will buy both', 'anger'],
    ['WHAT THE HELL I WON THE RAFFLE!!!', 'anger'],
    ['What on earth do I wear tonight?', 'anger'],
    // a thing seen happening, asked about
    ['what the hell is this flying over the lake??', 'anger'],
    ['wtf is that glowing in the garden?', 'anger'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['What the hell is this update', 'anger'],
    ['what the heck is this update', 'anger'],
    ['what the f*** is this update', 'anger'],
    ['What the fuck is wrong with your app', 'anger'],
    ['What on earth were they thinking', 'anger'],
    ['What on earth were they thinking with this redesign', 'anger'],
    ['They moved my seat without asking. What the hell!', 'anger'],
    ['What the hell is this thing they sent me?', 'anger'],
    ['wtf is this pricing??', 'anger'],
  ])('%s: %s', expectFires);
});

describe('product: a fire or a crash is a product fault only with the product', () => {
  test.each<Case>([
    ['FIRE AT WAREHOUSE KILLS TWO', 'complaint:product'],
    ['TRAIN CRASH LEAVES 12 INJURED', 'complaint:product'],
    ['Fire at the old mill destroys three homes, awful', 'complaint:product'],
    ['Two dead in motorway crash this morning', 'complaint:product'],
    ['Stock market crash wipes out pensions, awful', 'complaint:product'],
    ['Her hair caught the candle and she nearly had a fire, awful', 'complaint:product'],
    // a person or a vehicle crashing: a fall, a collision, sleep; and the figure of speech
    ['We crashed so hard after the wedding, exhausted', 'complaint:product'],
    ['I crashed my bike on the way home, ugh, so sore', 'complaint:product'],
    ['The driver crashed twice in the wet, awful race', 'complaint:product'],
    ['Some idiot keeps crashing into the bins on our street, awful', 'complaint:product'],
    ['Watching my fantasy team crash and burn again, awful', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['my kettle caught fire', 'complaint:product'],
    ['The app keeps crashing', 'complaint:product'],
    ['App crash every time I open it', 'complaint:product'],
    ['Another crash on the new update, awful', 'complaint:product'],
    ['The charger went up like a fire, terrifying', 'complaint:product'],
    ['Day one and the servers are on fire (not the good kind), awful', 'complaint:product'],
    ['Battery fire in our garage last night, terrifying', 'complaint:product'],
    ['Servers crashed again during the launch, unplayable', 'complaint:product'],
    ['It crashed on me four times today, useless', 'complaint:product'],
    ['The regulator says it knows of 9 crashes linked to the faulty brakes', 'complaint:product'],
  ])('%s: %s', expectFires);
});

describe('product: a fire going on or feared, told of a product; a data leak is a breach', () => {
  test.each<Case>([
    ['Watching Catching Fire tonight, so good', 'complaint:product'],
    ['Forests are catching fire every summer now, terrifying', 'complaint:product'],
    ['how do batteries even catch fire like that', 'complaint:product'],
    ['Awful: the data leak exposed two million emails', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['@Acme your heaters are catching fire and you say nothing', 'complaint:product'],
    ['my charger could catch fire, terrifying', 'complaint:product'],
    ['Awful: the data leak exposed two million emails', 'complaint:security'],
    ['Awful, my kettle leaks all over the counter', 'complaint:product'],
  ])('%s: %s', expectFires);
});

describe('press: a named outlet carrying it', () => {
  test.each<Case>([
    ['Awful, my parcel still has not come in the mail', 'escalation:press'],
    ['I looked in the mirror and cried, awful week', 'escalation:press'],
    ['Watched the football on the BBC, great game', 'escalation:press'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Just saw the heater recall on BBC News, awful', 'escalation:press'],
    ['Acme kettle fires are in the Guardian today, shocking', 'escalation:press'],
  ])('%s: %s', expectFires);
});

describe('product: a question about a recall asks what it covers', () => {
  test.each<Case>([
    ['Is the Pro 2 affected by the recall too?', 'complaint:product'],
    ['Which flavours are part of the recall?', 'complaint:product'],
    ['Does the recall cover stock sold in Ireland?', 'complaint:product'],
    ['Is my heater part of the recall?', 'complaint:product'],
    // "recall" as remembering
    ['anyone recall what that advert song was called?', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['Is my heater part of the recall?? Nobody will tell me', 'complaint:product'],
    ['They recalled the heaters after two fires, what a mess', 'complaint:product'],
    ['Recall announced for the Pro 2 kettles. Awful.', 'complaint:product'],
  ])('%s: %s', expectFires);
});

describe('a fault told of a thing as what it does is a product complaint, and the post is negative', () => {
  // QA: a crisis tool read these neutral, with no signal.
  test.each([
    'My new kettle leaks from the base',
    'Our heater tripped the fuse twice this week',
    'Hey @Acme, the screen on my watch went black and won\'t turn back on',
    'Acme headphones keep cutting out on calls',
    'The new update deleted all my saved playlists',
    'The seal on the flask doesn\'t hold, coffee all over my bag',
    'My router drops the connection every night at 9',
    'The charger gets really hot after ten minutes',
    'The sole came away from my trainers after a month',
    'Button on the remote stopped responding',
    'The handle snapped clean off my mug',
    'Two of the four glasses arrived smashed',
    'My phone restarts itself every hour',
    'The app won\'t let me log in since yesterday',
    'it leaks everywhere',
  ])('%s', (text) => {
    const result = analyze(text);
    expect(result.signals).toContain('complaint:product');
    expect(result.label).toBe('negative');
  });
  test.each<Case>([
    ['iPhone 18 leaks show a new camera bump', 'complaint:product'],
    ['Leaks suggest the new phone will be thinner', 'complaint:product'],
    ['More leaks from the event ahead of Tuesday', 'complaint:product'],
    ['The lights went black and the crowd went wild', 'complaint:product'],
    ['I blew a fuse when I saw the score', 'complaint:product'],
    ['My headphones cut out the noise of the train perfectly', 'complaint:product'],
    ['This app deleted all my doubts about budgeting, love it', 'complaint:product'],
    ["The kettle doesn't leak at all, really happy with it", 'complaint:product'],
    ['Great bottle, never leaks even upside down in my bag', 'complaint:product'],
    ['The heater gets really hot really fast, perfect for our cold flat', 'complaint:product'],
    ["My mum won't let me go to the party", 'complaint:product'],
    ['Sent a replacement the next day after my bottle leaked, brilliant service', 'complaint:product'],
    ['The new phone leaked online ahead of the launch', 'complaint:product'],
    ['Leaked renders of the Z12 show a bigger screen', 'complaint:product'],
    ["This jacket won't let me down, best buy ever", 'complaint:product'],
  ])('%s: no %s', expectQuiet);
  test('news of leaks stays neutral', () => {
    expect(analyze('iPhone 18 leaks show a new camera bump').label).toBe('neutral');
  });
});

describe('faults, smoke, mould and illness a product brought on are product complaints', () => {
  test.each<Case>([
    ['My earbuds keep disconnecting every few minutes', 'complaint:product'],
    ['lid of the blender popped off mid blend. smoothie on the ceiling.', 'complaint:product'],
    ['the microwave door doesn\'t latch properly anymore', 'complaint:product'],
    ['the lamp switches itself on at random', 'complaint:product'],
    ['Sparks came out of the back of the toaster when I pressed the lever down', 'complaint:product'],
    ['The crib mattress came with a chemical smell so strong we had to air the room', 'complaint:product'],
    ['the bag of kibble had mould in it', 'complaint:product'],
    ['cat had diarrhoea for 3 days after starting the new pouches', 'complaint:product'],
    ['my dog threw up all night after his first bowl of the new recipe', 'complaint:product'],
    ['new running shoes gave me blisters on both heels', 'complaint:product'],
    ["Got someone else's groceries, including meat. I'm vegetarian", 'complaint:service'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    // illness with no cause told, or a list of symptoms, is no one's product
    ['my son has had diarrhoea since the weekend, awful', 'complaint:product'],
    ['I threw up on the bus this morning, worst hangover', 'complaint:product'],
    ['I was sick of waiting after three calls, awful', 'complaint:product'],
    ['my arm went dead after sleeping on it', 'complaint:product'],
    ['Symptoms in dogs: vomiting, drinking lots, lethargy. Call your vet.', 'complaint:product'],
    // someone breaking a thing is no fault of it
    ["my son broke his truck within an hour of opening it, he's 3, it's what he does", 'complaint:product'],
    ['I broke the remote again, so annoying', 'complaint:product'],
    // news of leaks, as a cue in a negative post too
    ['leaks show the new Z12 with no headphone jack, terrible', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('a fault told before its thing, or of a model by its name', () => {
  test.each<Case>([
    ['Water leaks from the base of my new kettle', 'complaint:product'],
    ['Coffee drips out of the side of the machine every morning', 'complaint:product'],
    ['water pours out of the bottom of the kettle when I fill it', 'complaint:product'],
    ['The X200 trips the breaker every time', 'complaint:product'],
    ['My Brewly 2 keeps cutting out', 'complaint:product'],
    ['the S23 went black and won\'t turn back on', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Leaks from inside the company say the Z12 is thinner', 'complaint:product'],
    ['Tears pouring out of my eyes at the end of Coco', 'complaint:product'],
    ['Rain dripping off the roof all night, so cosy', 'complaint:product'],
    ['Season 2 went dark in the best way', 'complaint:product'],
    ['Liverpool 3 went dead after the goal', 'complaint:product'],
    ['The stadium went dead quiet after the goal', 'complaint:product'],
    ['Day 3 went black for the eclipse', 'complaint:product'],
    ['The Q3 report leaked online', 'complaint:product'],
    ['My PS5 never drops the connection', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('controversies told by their shape: a claim belied, a paper named, staff calling names (controversy set)', () => {
  test.each<Case>([
    ['Acme put "planet first" on every bag and then flew the whole board to Monaco', 'complaint:hypocrisy'],
    ['Their "we care about our community" billboard went up the week they closed the youth centre', 'complaint:hypocrisy'],
    ["'we take your privacy seriously' says the company that sold my data", 'complaint:hypocrisy'],
    ['Acme: "we are a family." Also Acme: fires 200 people by email', 'complaint:hypocrisy'],
    ['a bank that preaches about financial wellbeing and charges £30 for a late payment', 'complaint:hypocrisy'],
    ['Zero comms about the outage. Pick one: "customer obsessed" or this', 'complaint:hypocrisy'],
    ['Talked to a reporter at the Herald about the deposit they kept', 'escalation:press'],
    ['Acme fined £2m over hidden fees, the Evening Chronicle reports', 'escalation:press'],
    ['The Gazette ran my story about the boiler this morning', 'escalation:press'],
    ['Made the local news tonight, the mould in their flats', 'escalation:press'],
    ['their community manager called a customer "a pathetic whiner" on stream', 'complaint:employee'],
    ['The security guard shoved my dad out of the queue. I hope he gets a talking to.', 'complaint:employee'],
    ['the CEO calling customers "freeloaders" on a podcast', 'complaint:employee'],
    ['the courier ate my sweets on the doorstep cam', 'complaint:employee'],
    ['the Acme clip is all over my fyp', 'escalation:viral'],
    ['That video of the manager is at 3.5m views', 'escalation:viral'],
    ['Deleted my Acme account tonight, bye', 'boycott'],
    ['Season ticket holder for 12 years. Not renewing.', 'boycott'],
    ['#DropAcme until they pay the cleaners', 'boycott'],
    ['Getting texts with dodgy links in Acme\'s name every day', 'complaint:security'],
    ['Third missed delivery this week from their courier', 'complaint:service'],
    ['They moved my flight 9 hours earlier by email at 3am', 'complaint:service'],
    ['40 minutes of hold music and still not connected', 'complaint:service'],
    ["Brand new car and the boot won't open from the inside", 'complaint:product'],
    ['The charging port froze shut again this morning', 'complaint:product'],
    ['The patch deleted my 90 hour save', 'complaint:product'],
    ['Class action filed over an alleged brake defect in the 2022 models', 'complaint:product'],
    ['Their site leaked customers\' home addresses in the confirmation email', 'complaint:security'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    // a quotation with no value claimed, or a value quoted and nothing against it
    ['Support said "nothing we can do" and closed the chat', 'complaint:hypocrisy'],
    ['Their new slogan "planet first" is on every bag now', 'complaint:hypocrisy'],
    ['Company statement says "no full-time employees were affected". The cuts were all contractors.', 'complaint:hypocrisy'],
    // a dialogue names two, and headings repeat
    ['Me: one more episode. Also me: it is 4am', 'complaint:hypocrisy'],
    ['Jo: are you coming? Sam: yes. Jo: great', 'complaint:hypocrisy'],
    ["Women's Preview: tonight | Men's Preview: tomorrow", 'complaint:hypocrisy'],
    ['I hate my furnace, which is ironic since it is a heater', 'complaint:hypocrisy'],
    ['Charged me twice for one flight. Make it make sense.', 'complaint:hypocrisy'],
    // "the Post Office", a paper named in passing
    ['the Post Office lost my parcel again', 'escalation:press'],
    ['Reading the Times on the train, lovely morning', 'escalation:press'],
    // staff laughing with us, a quotation not called
    ['the staff laughed with us all night, what a team', 'complaint:employee'],
    ['the manager called me "sir" and sorted it in minutes', 'complaint:employee'],
    ['their manager calling the fans "absolute legends" after the match', 'complaint:employee'],
    ['the Bolt Burger driver told my son a joke and made his day', 'complaint:employee'],
    // leaving asked about, a drop that is no boycott
    ['how do I close my Acme account?', 'boycott'],
    ['#dropshipping tips for beginners', 'boycott'],
    ["I won't open the box until Christmas", 'complaint:product'],
    ['Store won\'t open till 10 on Sundays', 'complaint:product'],
    ['The update deleted my 2 old drafts I asked it to', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('crises of every kind (crisis set 9): more ways each signal is told', () => {
  test.each<Case>([
    ['Acme: "your data stays yours." Also Acme, page 9 of the terms: we sell it to advertisers', 'complaint:hypocrisy'],
    ['Their site said "safety is our first priority" while they kept selling the recalled gates', 'complaint:hypocrisy'],
    ['Acme posting wellbeing tips while charging a £50 exit fee to people just made redundant. Disgusting.', 'complaint:hypocrisy'],
    ['The boss took a 20% raise the same month they cut 200 jobs. Sickening.', 'complaint:hypocrisy'],
    ['Told the Evening Courier about the flooded campsite. They are running it tomorrow.', 'escalation:press'],
    ['Acme responds to Coastline Post report on rejected claims', 'escalation:press'],
    ['The poster is now in the Westbridge Echo today, deservedly. Awful.', 'escalation:press'],
    ['the video has been shared 500k times', 'escalation:viral'],
    ['the teaser is at 900k shares already', 'escalation:viral'],
    ['That thread is everywhere right now', 'escalation:viral'],
    ['Letter before action sent to Acme today', 'escalation:legal'],
    ["Lawyer's involved now over the deposit", 'escalation:legal'],
    ['We are taking Acme to the housing tribunal next month, awful landlord', 'escalation:legal'],
    ['Third outage this week. Switched provider this morning. Bye Acme.', 'boycott'],
    ['#LeaveAcme until they fix the meters', 'boycott'],
    ['Someone logged into my Acme account and ordered £200 of food', 'complaint:security'],
    ['Support sent my ID selfie to another user', 'complaint:security'],
    ['300k medical forms were left on an open server', 'complaint:security'],
    ['Got a text with a fake site asking for my card details in Acme\'s name', 'complaint:security'],
    ['The letting agent let himself into my flat while I was in the shower', 'complaint:employee'],
    ['Acme suspends conductor after footage shows him refusing to help a wheelchair user', 'complaint:employee'],
    ['Parcel says delivered. It was not delivered.', 'complaint:service'],
    ['Support took 9 days to reply and offered a £5 voucher. Useless.', 'complaint:service'],
    ['Acme rejected my claim as pre-existing, awful', 'complaint:service'],
    ['My burger came raw in the middle', 'complaint:product'],
    ['The sofa arrived with a snapped leg', 'complaint:product'],
    ['my smart lock unlocked itself at 3am', 'complaint:product'],
    ['The Novaphone X9 is catching fire on bedside tables', 'complaint:product'],
    // single quotes as quotation marks (mixed set 10)
    ["Acme adverts: 'no price rises mid-contract'. Then my bill went up 14%. Which is it?", 'complaint:hypocrisy'],
    ["Acme's CEO posts about 'work-life balance' the same week his devs report 80 hour weeks", 'complaint:hypocrisy'],
    ["The usher told my friend in a wheelchair she was 'a fire hazard'. Awful.", 'complaint:employee'],
    ['The manager pocketed our tips for six months', 'complaint:employee'],
    ['Greenbasket accounts targeted in a credential stuffing attack', 'complaint:security'],
    ['then a £3k loan appeared in my name', 'complaint:security'],
    ['Just got off the phone with a producer from Consumer Watch. It is going on national TV.', 'escalation:press'],
    ['After 19 years I have moved insurer. Their loss.', 'boycott'],
    ['Northline cancelled my 07:42 again', 'complaint:service'],
    ['Fernhollow Parks cancelled our half term booking 2 days before', 'complaint:service'],
    ["Pawsure rejected Biscuit's surgery claim as pre-existing", 'complaint:service'],
    ['They kept £1,800 of my deposit for cleaning', 'complaint:service'],
    ['Put our premium up 68% after one claim. Awful.', 'complaint:service'],
    ['my gran has been without water for 5 days', 'complaint:service'],
    ['the oat latte had a piece of blue plastic in it', 'complaint:product'],
    ['Milkbloom recalls 40,000 tins for bacterial contamination', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Off work with a viral infection, so soup today', 'escalation:viral'],
    ['Our viral marketing workshop is on Thursday', 'escalation:viral'],
    ['the most wholesome thing on my fyp today', 'escalation:viral'],
    ['So envious of everyone sharing ideas at the conference', 'escalation:viral'],
    ['7 Common Sales Mistakes, and How to Avoid Them', 'boycott'],
    ['Our fun colouring competition appeared in the Cape Argus on Saturday!', 'escalation:press'],
    ['The Capital Express driver told me to sit anywhere, lovely man', 'escalation:press'],
    ['my dog ate a copy of the Gazette once', 'escalation:press'],
    ['Man arrested after crash on the A40 near Oxford', 'complaint:product'],
    ['Council says the closure is "pending an independent safety review"', 'complaint:hypocrisy'],
    ['Paid for "priority boarding" and it was worth it', 'complaint:hypocrisy'],
    ['customer service told me to "stop using them while charging". Useless.', 'complaint:hypocrisy'],
    ['Reminder the regulator consultation closes on the 30th', 'complaint:security'],
    // an apostrophe is no quotation mark, and a quoted word that claims nothing
    ["the players' ball was 'lost' again, they said we care. Awful.", 'complaint:hypocrisy'],
    ['Nah the "deep clean" announcement came way too late', 'complaint:hypocrisy'],
    ['Cancelled our October booking and went with the place across the street', 'complaint:service'],
    ['We cancelled our booking for Rome, plans changed', 'complaint:service'],
    ['Bought a lovely piece of glass art at the market', 'complaint:product'],
    ['The minister denies claims of a split in the cabinet', 'complaint:service'],
    ['they waived my exit fee without argument when I asked. classy', 'complaint:service'],
    ['She recalls the day the factory opened', 'complaint:product'],
    ['Battery swelling is a known issue with packs stored full, keep them at 50%', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

test('a claim belied weighs as a complaint: its own words are no praise', () => {
  for (const text of [
    'Love how Acme\'s "we stand with our workers" post went up the same day they cut 300 jobs',
    'Acme won a "best employer" award the same month they cut staff hours',
    'Their "we care about our community" billboard went up the week they closed the youth centre',
  ]) {
    const result = analyze(text);
    expect(result.signals).toContain('complaint:hypocrisy');
    expect(result.label).not.toBe('positive');
    expect(result.score).toBeLessThan(0.25);
  }
});

test('"best before" is a date on the pack, no praise', () => {
  expect(analyze('the bag of kibble had mould in it. Best before is next year.').label).toBe('negative');
  expect(analyze('Lot numbers are on the back of the bag near the best-before date').label).toBe('neutral');
});

describe('a parcel that goes nowhere is a service complaint', () => {
  test.each<Case>([
    ["Replacement dispatched Tuesday, tracking hasn't moved since", 'complaint:service'],
    ['Tracking has not updated in a week @ZipCart', 'complaint:service'],
    ['My parcel has been stuck in transit since Monday', 'complaint:service'],
    ['Says out for delivery for 4 days now', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('leaving told by what the writer moves or stops (brand replies, 4 December, night)', () => {
  test.each<Case>([
    ['Never preordering a Gritwell game again, the launch build barely runs', 'boycott'],
    ['Not shopping at Lumo Foods again after how they spoke to my nan', 'boycott'],
    ['Everyone stop ordering from Dashly until the riders get paid properly', 'boycott'],
    ['Ported my number to another network this morning after the fourth billing error', 'boycott'],
    ['Three outages in a week. Migrating our whole team to another tool on Monday', 'boycott'],
    ['Fees up again with a week of notice. Taking my savings elsewhere, done.', 'boycott'],
    ['Charged twice for one shop and no apology. Deleted Basketly.', 'boycott'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['After the cinema we went elsewhere for pizza, a lovely evening', 'boycott'],
    ["I'm not shopping at the moment, saving up for the holiday", 'boycott'],
    ['Is anyone here switching providers soon? Which one is best?', 'boycott'],
    ['Deleted scenes from the film are on the Blu-ray, worth a watch', 'boycott'],
    ['My sister moved her savings elsewhere years ago and loves her new bank', 'boycott'],
  ])('%s: no %s', expectQuiet);
});

describe('press: an outlet that gives the headline, and the papers told of by kind', () => {
  test.each<Case>([
    ['BBC News: rail operator fined over refund delays', 'escalation:press'],
    ['Reuters: Dunmore Bank says a systems fault doubled thousands of payments', 'escalation:press'],
    ['I have emailed four newspapers about the Kettlo recall and nobody from Kettlo has replied', 'escalation:press'],
    ['Rang the local radio about the Brightwater outage and they put me straight on air', 'escalation:press'],
    ['Now facing a TV investigation over the scooter brakes', 'escalation:press'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Breaking: our new flavour lands in stores on Friday', 'escalation:press'],
    ['Note: the café is closed on Mondays', 'escalation:press'],
    ['BBC Radio 2 played our song this morning!', 'escalation:press'],
    ['Picked it up from the store this morning, love it', 'escalation:press'],
    ['Listening to local radio with a coffee, lovely Sunday', 'escalation:press'],
  ])('%s: no %s', expectQuiet);
});

describe('legal: police called, small claims, a regulator by its initials', () => {
  test.each<Case>([
    ['A cease and desist over a fan drawing, from a company worth billions', 'escalation:legal'],
    ['Money claim going in on Monday if Fitzone keep charging me', 'escalation:legal'],
    ['Police were called to the store after staff refused every refund', 'escalation:legal'],
    ['Complaint sent to the ICO about Snapfile sharing my photos', 'escalation:legal'],
    ['Reported Quidly to the ACCC for the hidden fees', 'escalation:legal'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Ofgem price cap explained: what changes in April', 'escalation:legal'],
    ['Our small team of three claims the office plants as pets', 'escalation:legal'],
  ])('%s: no %s', expectQuiet);
});

describe("security: people's data let out or looked into, and scams in a brand's name", () => {
  test.each<Case>([
    ["Parkly exposed users' home addresses in its share links", 'complaint:security'],
    ['A clinic employee snooped on my records and told my neighbour', 'complaint:security'],
    ['Heads up: fake "Orbit Bank refund" texts asking for your PIN. Do not click the link', 'complaint:security'],
    ['Someone opened a Paysafe account in my name and ran up £900', 'complaint:security'],
    ['Scam alert: someone is calling as Dunmore Bank and asking people to move money', 'complaint:security'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['The exhibition exposed visitors to sculptures they had never seen', 'complaint:security'],
    ['I went into my account settings and turned on dark mode', 'complaint:security'],
    ["Don't click away, the best part of the video is at the end", 'complaint:security'],
    ['Fake "snow" at the Christmas fair was a lovely touch', 'complaint:security'],
  ])('%s: no %s', expectQuiet);
});

describe('staff conduct in more words; hypocrisy quoted after a cause spoken up for', () => {
  test.each<Case>([
    ['The store manager slapping a trolley boy, on video, shameful', 'complaint:employee'],
    ['A trainer mocked an older man on the rowing machine in front of everyone', 'complaint:employee'],
    ['Harbour Gym says it has dismissed an employee over the incident', 'complaint:employee'],
    ['Posting about "wellbeing week" while your drivers work 14 hour shifts. Sure.', 'complaint:hypocrisy'],
    ['Says they "can\'t afford" a pay rise for cleaners, then announces a £200m buyback', 'complaint:hypocrisy'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Our trainer is lovely and the classes are great value', 'complaint:employee'],
    ['Our manager ran a mock interview with me before the assessment', 'complaint:employee'],
    ['The technician brought a docking station for the new laptops', 'complaint:employee'],
    ['Their new ad joked about "Monday mornings" and it made me laugh', 'complaint:hypocrisy'],
    ['She kept posting about "Taylor Swift tickets" all week', 'complaint:hypocrisy'],
  ])('%s: no %s', expectQuiet);
});

describe('product and service faults told in more words', () => {
  test.each<Case>([
    ['The left stick on my new controller is already drifting after two weeks', 'complaint:product'],
    ['Charger cable frayed at the plug after a month', 'complaint:product'],
    ['Opened the rice and there were weevils in it. Bought on Friday.', 'complaint:product'],
    ['Tellco recalls two batches of baby wipes', 'complaint:product'],
    ['Greybird Air cancels 60 flights after a staff shortage', 'complaint:service'],
    ['Direct debit taken twice this month and no phone number anywhere on the site', 'complaint:service'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['No phone number needed to sign up, just an email. Nice and quick', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
  test.each<Case>([
    ['She recalls two summers spent on the farm', 'complaint:product'],
    ['I cancelled 2 orders myself because I found it cheaper elsewhere', 'complaint:service'],
    ['The frayed-edge denim look is back for spring', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('the disbelief, headline, no-reply and product rules read a long post once', () => {
  // Asked word by word, "wtf" scanning the whole post made 40 KB of it take seconds.
  test.each([
    ['wtf', 'wtf '],
    ['WTF shouted', 'WTF '],
    ['a headline', 'FIRE KILLS TWO '],
    ['disbelief spelled out', 'what the hell '],
    ['disbelief spelled out, shouted', 'WHAT THE HELL IS THIS '],
    ['a reply missing from someone', 'no reply from '],
    ["someone's reply withheld", "he hasn't replied "],
    ['replies counted', '0 replies '],
    ['a crash with no product', 'crash '],
    ['faults of things', 'the lid leaks '],
    ['faults of no thing', 'leaks '],
    ['a hot heater', 'heater gets really hot '],
    ['a hot lid, no heater', 'the lid gets really hot '],
    ['illness with no cause', 'vomiting '],
    ['illness, its cause far on', 'diarrhoea for days and days and days '],
    ['claims quoted and belied', 'Acme "we care" then Acme: "for everyone" then '],
    ['papers named', 'the Herald the Post says the Morning Ledger '],
    ['staff calling names, accounts closed', 'the manager called fans "x" deleted my Acme account 4m views '],
    ['faults before their things, models', 'water leaks from the X200 leaks from my Brewly 2 '],
    ['bookings cancelled, claims denied, pieces found', 'Acme cancelled my rejected my piece of glass '],
    ['single quotes and apostrophes', "Acme adverts: 'we care' the players' ball "],
    ['counts in words, fakes quoted, rivals, names deleted', 'cancels 40 flights 8 lakh views fake "Acme" emails my bank elsewhere. Deleted Acme. posts about "x" '],
    ['outlets, handles and works named', 'Fox 5 Radio City News Wall Street the GameBeat article via @x_news WGN Channel '],
    ['regulators named', 'Ofcom FTC police the regulator Trading Standards the SEC looking '],
    ['data let out, scams, fakes', "leaked users' the leak keys scam text fake account it's a scam "],
  ])('%s: 8× the text costs well under 64× the time', (_name, unit) => {
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const start = performance.now();
      for (let i = 0; i < 3; i++) analyze(text);
      return performance.now() - start;
    };
    time(100);
    const small = time(250);
    const large = time(2000);
    expect(large).toBeLessThan(small * 8 * 4 + 20);
  });
});

describe('rules told by shape start from a word in lower case, mid-sentence, as well as at the start', () => {
  test.each<Case>([
    ["ok so i'm closing my Quillo account tonight", 'boycott'],
    ['Awful week with them. Uninstalled Nimbus.', 'boycott'],
    ['the night manager called my daughter "a little thief" in front of everyone. disgusting', 'complaint:employee'],
    ['watch out, scam "Orbit Bank refund" texts are going round again', 'complaint:security'],
    ['Acme: "your data stays yours." also Acme, page 9 of the terms: we sell it to advertisers', 'complaint:hypocrisy'],
    ['so done with them, taking my mortgage elsewhere', 'boycott'],
    ['my insurer rejected my flood claim after 6 weeks', 'complaint:service'],
  ])('%s: %s', expectFires);
});

describe('the press named by its outlet, its handle or its work, and names that are no outlet', () => {
  test.each<Case>([
    ['Per TechCrunch, the Cloudly leak included API keys for 4,000 business accounts', 'escalation:press'],
    ['Kotaku reached out to Ironvale for comment on the crunch allegations', 'escalation:press'],
    ['As first reported by The Verge, the Pixelcore recall covers every unit sold before March', 'escalation:press'],
    ["'declined to comment to the Financial Times' lol, they decline to comment to me too", 'escalation:press'],
    ['Interesting Bloomberg piece on why Corvid Airlines keeps losing bags', 'escalation:press'],
    ['Found out about the Skyward Bank data leak from a Sky News push notification, not from them. Furious', 'escalation:press'],
    ['WGN says Midstate Energy overbilled 12,000 customers', 'escalation:press'],
    ['Channel 9 doorstepped the care home manager and she hid behind a car', 'escalation:press'],
    ['Statement from Orbit Telecom given to Radio City News: service back by 6pm', 'escalation:press'],
    ['h/t @jdoe_reports — Streamly reset emails were exposing addresses', 'escalation:press'],
    ['Via @Retail_Weekly: Bramble & Co to close 40 stores', 'escalation:press'],
    ['Hey @the_sentinel_news, Grovetown Dental charged me for fillings I never had', 'escalation:press'],
    ['the GameBeat article is full of people whose controllers drift', 'escalation:press'],
    ['ok so now it is a Vice exposé. Solaris really thought they would get away with it', 'escalation:press'],
    ['Riverbend did not respond to our request for comment, of course', 'escalation:press'],
    ['Tipped off a consumer journalist about the fake sale prices at HomeHaus', 'escalation:press'],
    ["I'm taking this to the papers. 11 months chasing Greenway for a refund", 'escalation:press'],
    ['The tabloids are having a field day with the cupcake post', 'escalation:press'],
    ['So the Examiner found the Lakeview sushi is delivered frozen twice a week', 'escalation:press'],
    // names made like an outlet's, credited or at work
    ['Halcyon cuts 80 jobs after the launch, TechDaily reports', 'escalation:press'],
    ['Grid Digest: Voltra recalls 3,000 chargers over overheating', 'escalation:press'],
    ['per NewsWire, the recall is wider than they announced', 'escalation:press'],
    ['emailed ByteWire about the bricked consoles, someone has to cover it', 'escalation:press'],
    ['Respawn Weekly says the coach was warned months ago', 'escalation:press'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Lakers vs Celtics tonight at 7:30 ET on ESPN', 'escalation:press'],
    ['Game of Thrones finale airs Sunday 9pm on Sky Atlantic', 'escalation:press'],
    ['Really looking forward to going to Newport News this weekend', 'escalation:press'],
    ["It's A PIECE OF CRAP!", 'escalation:press'],
    ['WON my small claims case against Hollis Motors, full refund', 'escalation:press'],
    ['The Corkery is hiring in Bath, WSET level 2 preferred', 'escalation:press'],
    ['RT @TravelDeskNews: Pacifica Jet adds three new routes for the summer', 'escalation:press'],
    ['Anyone watching the Channel 9 documentary on deep sea creatures tonight?', 'escalation:press'],
    ['Our school newspaper is looking for a new editor', 'escalation:press'],
    ['Stop the press: I have finally cleaned my car', 'escalation:press'],
    ['Draft of my mock news report for English class, feedback welcome', 'escalation:press'],
    ['Vice President Harris visits the plant on Monday', 'escalation:press'],
    ['Wired headphones keep breaking on me, so annoying', 'escalation:press'],
    ['Posted a long Instagram article about my trip', 'escalation:press'],
    ['LiveWire says the recall is voluntary', 'escalation:press'],
    ['QuickPost says my parcel is out for delivery', 'escalation:press'],
    ['The Daily Show segment was hilarious last night', 'escalation:press'],
    ['HeartBeat reports my resting pulse wrong every morning', 'escalation:press'],
  ])('%s: no %s', expectQuiet);
});

describe('a regulator acting on the case, named by its initials or as the regulator', () => {
  test.each<Case>([
    ['Ofcom fines Lumen Mobile £3m over mis-sold contracts', 'escalation:legal'],
    ['The FTC is looking into Vantix and its auto-renewals', 'escalation:legal'],
    ['Parkhaven faces an FCA investigation over hidden fees', 'escalation:legal'],
    ["the regulator's fining them at last, about time", 'escalation:legal'],
    ['TixPort says it has referred the bot purchases to the authorities', 'escalation:legal'],
    ['Trading Standards are investigating the fake sale prices at HomeHaus', 'escalation:legal'],
    ['Police are investigating after the Quikbite rider assaulted a customer', 'escalation:legal'],
    ['Annual report notes ongoing litigation with a former partner', 'escalation:legal'],
    ['Police crime reference in hand and the bank is still investigating', 'escalation:legal'],
    ['Police say the Quikbite rider was charged with assault', 'escalation:legal'],
    ["Medivo faces the ICO's probe after the records leak", 'escalation:legal'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Give me a sec, looking into it now', 'escalation:legal'],
    ['The FDA approves a new asthma inhaler', 'escalation:legal'],
    ['Ofgem price cap explained: what changes in April', 'escalation:legal'],
    ['Watching a class action movie tonight, any recommendations?', 'escalation:legal'],
    ['The police charged through the crowd at the match', 'escalation:legal'],
    ['Prosecutors charged through the paperwork in record time', 'escalation:legal'],
  ])('%s: no %s', expectQuiet);
});

describe('security told by its shape: data let out with whose it was, a scam that reached the writer, a presence faked', () => {
  test.each<Case>([
    ["Orbitly just leaked 3 million users' home addresses", 'complaint:security'],
    ['the Cloudnest leak included API keys for 4,000 accounts', 'complaint:security'],
    ["Got a text from 'Ferncastle Bank' about a payment. It's a scam, don't click the link", 'complaint:security'],
    ['the Quikbite £50 voucher going round WhatsApp is a scam', 'complaint:security'],
    ['someone set up a fake Lumen Mobile support account and it is messaging people', 'complaint:security'],
    ['pretty sure someone got into it, all my saved cards are gone', 'complaint:security'],
    ['got an email saying my password was changed. I did not change it', 'complaint:security'],
    ["the app shows other people's balances if you refresh", 'complaint:security'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['the new phone leaked early, the design looks great', 'complaint:security'],
    ['the kitchen tap leaks every morning', 'complaint:security'],
    ['$90 a ticket and half the rides shut, no warning on the website. Felt like a scam.', 'complaint:security'],
    ['Northline will never ask for your PIN by text', 'complaint:security'],
    ['fake news about the match again', 'complaint:security'],
    ['the fake plants in the lobby look so real', 'complaint:security'],
  ])('%s: no %s', expectQuiet);
});

describe("staff quoted: a worker's own words, told by a customer, are the complaint however calmly told", () => {
  test.each<Case>([
    ['The Fernley Hotel night porter told my sister "we don\'t rent rooms to people like you". We left at 1am.', 'complaint:employee'],
    ['Cashier at the Holloway Rd Pricesmart told my dad "learn English or shop elsewhere".', 'complaint:employee'],
    ['Asked the Tallis Bank advisor about a loan. He said "come back when you earn a real salary".', 'complaint:employee'],
    // the words given after a colon, with a plainly negative word in them
    ['Quillo regional manager in a leaked memo: "customers who complain are idiots, ignore them."', 'complaint:employee'],
    // the verb opening its own sentence, after the sentence that names staff
    ['The Dunmore Energy rep kept cutting me off. Then shouting "I don\'t care, pay the bill".', 'complaint:employee'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    // praise in the words, a post that reads plainly positive, the writer's own words, the brand's answer told
    ['The Fernley Hotel night porter said "you made it, welcome home!" at 2am. Lovely touch.', 'complaint:employee'],
    ['Our driver said "no rush at all" and helped with every bag. Brilliant service, thank you Cabwise!', 'complaint:employee'],
    ['I told the cashier "keep the change" and she looked so surprised.', 'complaint:employee'],
    ['Tallis Bank apologises to customer, says the advisor "no longer works at the branch"', 'complaint:employee'],
    ['A Quillo spokesperson said the driver "followed the route he was given".', 'complaint:employee'],
    // a colon with words meant no ill
    ['Store manager update: "open until 9 tonight for the late shoppers"', 'complaint:employee'],
    ['The film director wrote "Grim" in 1995, a weak monster movie', 'complaint:employee'],
  ])('%s: no %s', expectQuiet);
});

describe('staff conduct told plainly (calm posts): spitting, smoking indoors, going through a home', () => {
  test.each<Case>([
    ['Saw a Kettleby Coffee barista spit into a customer\'s cup at the airport branch.', 'complaint:employee'],
    ['The Quillo installer smoking in our hallway, then swearing at my dad when asked to stop.', 'complaint:employee'],
    ['The Brightwire technician smoked in our kitchen and left the cable hanging.', 'complaint:employee'],
    ['Their letting agent entered our flat without knocking and went through my wardrobe.', 'complaint:employee'],
    ['The moderator on the Gravlock forum swore at me in a DM after I asked about the patch.', 'complaint:employee'],
    // staff in the plural, and followed about a shop
    ['Two of your drivers blocked our road for an hour and swore at my neighbour, @Quillo', 'complaint:employee'],
    ['The Pricesmart guard followed my daughter around the store. She is 12.', 'complaint:employee'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Spit roast at the pub on Sunday, the chef did a great job', 'complaint:employee'],
    ['My tech mod for the PC opened my eyes to water cooling', 'complaint:employee'],
    ['My dog followed my son around the park all afternoon, so cute', 'complaint:employee'],
  ])('%s: no %s', expectQuiet);
});

describe('service: a wait on the brand told by its count, with no word of waiting', () => {
  test.each<Case>([
    ["Day 6 without broadband. Lumenet still can't give me a date.", 'complaint:service'],
    ['five weeks since my claim went in to Covewell.', 'complaint:service'],
    ['Quillo support said 48 hours. It has been 9 working days.', 'complaint:service'],
    ['Day 4 of chasing Brightwire about the same fault.', 'complaint:service'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Day 3 of the Ashes and England are 200 for 2', 'complaint:service'],
    ['two weeks since my last cigarette!', 'complaint:service'],
    ['Day 5 of my holiday in Crete, bliss', 'complaint:service'],
    ["It's been 3 years since we met and I love you more every day", 'complaint:service'],
  ])('%s: no %s', expectQuiet);
});

describe('insensitive: asking who let a piece of marketing out, and selling on loss', () => {
  test.each<Case>([
    ['Quillo\'s new billboard says "curves in all the wrong places". Who signed off on this?', 'complaint:insensitive'],
    ['Brightwire ad with a man explaining pregnancy to a room of mums. How did this get through?', 'complaint:insensitive'],
    ['@Pantrybox "so simple even your nan can use it"?? what year is it', 'complaint:insensitive'],
    ['Lumen Threads doing a Remembrance Sunday flash sale, 15% off till midnight.', 'complaint:insensitive'],
    ['The Copperleaf refugee-themed bundle is still on the store.', 'complaint:insensitive'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Who approved this update? The app crashes every time I open it', 'complaint:insensitive'],
    ['what year is it, I slept for 14 hours lol', 'complaint:insensitive'],
    ['Not ok that the bus was "on time" according to the app when it was 40 mins late', 'complaint:insensitive'],
    ["Took the day off for my gran's funeral, thanks for the kind words everyone", 'complaint:insensitive'],
    ["Remembrance Sunday bake sale at St Mary's, all proceeds to the Legion", 'complaint:insensitive'],
    ['Going shooting tomorrow, then new merch designs', 'complaint:insensitive'],
  ])('%s: no %s', expectQuiet);
});

describe('hypocrisy: more values a brand claims in quotes, belied by what was found or caught', () => {
  test.each<Case>([
    ["Pantrybox's 'locally sourced' veg boxes were caught repacking imported carrots.", 'complaint:hypocrisy'],
    ['"Every customer matters" says Quillo, while closing the only branch in town.', 'complaint:hypocrisy'],
    ["the Brightwire 'built to last' kettle, but the element is designed to fail after 2 years", 'complaint:hypocrisy'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ["Pantrybox's 'locally sourced' veg boxes are back this week, get them while they last!", 'complaint:hypocrisy'],
    ['My nan says "family matters most" and she is right', 'complaint:hypocrisy'],
  ])('%s: no %s', expectQuiet);
});

describe('a version or a figure written with a point ("patch 1.3", "£4.99") does not end the sentence', () => {
  test.each<Case>([
    ['Vexmoor patch 2.4 wiped my 120 hour save. Not a word from the devs.', 'complaint:product'],
    ['My Tunebox speaker on firmware 4.2 keeps cutting out', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Vexmoor patch notes 2.4. My brother wiped my save again, little menace', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('product faults told in plain words: things that died young, lost saves, known faults, illness, things found', () => {
  test.each<Case>([
    ['My Brightwire headphones died after 5 weeks. Replacement died after 3.', 'complaint:product'],
    ['The inverter on our Sunvale panels died at 20 months, just out of warranty', 'complaint:product'],
    ['Fourth controller to die on me this year, Pulsebox what are you doing', 'complaint:product'],
    ['Vexmoor corrupted my 80 hour save and support says reinstall', 'complaint:product'],
    ['Third crash to desktop tonight, Vexmoor sort it out', 'complaint:product'],
    ['Brand new Quillo hatchback, engine light on in week one', 'complaint:product'],
    ['my Zento buds case stops charging after a month every time', 'complaint:product'],
    ['Found glass in my Oakridge soup tonight. Glass.', 'complaint:product'],
    ['Their kibble made my dog sick twice, never again', 'complaint:product'],
    ['the whole family got ill from the Pantrybox chicken', 'complaint:product'],
    ['Ninety quid and the Brickly castle set was missing pieces', 'complaint:product'],
    ['our Voltwave charger started to smell like burning plastic', 'complaint:product'],
    ['Dealer admitted it\'s a known fault with the gearbox', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['my phone died so I missed the end of the match', 'complaint:product'],
    ['Our old cat died last week, the house is so quiet', 'complaint:product'],
    ['the system is corrupted and so are the officials who run it', 'complaint:product'],
    ['that speech made me sick to my stomach', 'complaint:product'],
    ['The new patch fixed the frame drops, runs like a dream', 'complaint:product'],
    ['Status page says no known issues and the app works fine', 'complaint:product'],
    ['They walked me through fixing my corrupted save, brilliant support', 'complaint:product'],
    ['Logging a fault with the council about the streetlight', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('service told in plain words: accounts frozen, charged after leaving, mail ignored, parcels sent back, bots', () => {
  test.each<Case>([
    ['Brightpay froze my account for three weeks over a routine check and nobody will say why', 'complaint:service'],
    ['Streamly took another £12 in April after I cancelled in March', 'complaint:service'],
    ['Quillo Mobile ignores every email I send, six now', 'complaint:service'],
    ['My parcel went back to sender because the locker code never worked', 'complaint:service'],
    ['Two cancelled trains in one morning, Northrail you are something else', 'complaint:service'],
    ['10 days with no broadband and a chatbot that tells me to restart the router. Useless.', 'complaint:service'],
    ['Ordered oat milk from Grocera, it was substituted with dog food. I have no dog.', 'complaint:service'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Vexbank spotted a dodgy payment, froze my card and had a new one out the next day. Brilliant.', 'complaint:service'],
    ['Felt so much lighter after I cancelled all my plans this weekend', 'complaint:service'],
    ['I cancelled after a month, and they charged me nothing more. Easy.', 'boycott'],
    ['Loving the new chatbot on the Quillo site, sorted my order in a minute', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
});

describe('product: food gone off, sticks that drift, frames that crack, a formula ruined, a frame rate below playable', () => {
  test.each<Case>([
    ['Brightwire meal kit beef smelled off the moment I opened it', 'complaint:product'],
    ['My Vanta controller drifts to the left after six weeks', 'complaint:product'],
    ['Velvetine ruined the formula and my skin hates the new one', 'complaint:product'],
    ['Starfall on the Pulsebox runs at 15 fps in every city. In 2026.', 'complaint:product'],
    ['The Trailhead frame cracks at the weld on half the bikes in our club', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['PSA: Pawsome has changed the recipe on the salmon kibble, new bags have a green stripe', 'complaint:product'],
    ['Shot the whole short film at 24fps on my phone', 'complaint:product'],
    ['We split the bill three ways and went home happy', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('boycott: a recall\'s advice to stop using a product, and a cancel that starts a billing complaint, are no call to leave', () => {
  test.each<Case>([
    ['Never again, Quillo. Cancelled and told my whole street to stop using them.', 'boycott'],
    ['Cancel your Streamly plans, they just doubled the price again', 'boycott'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Brightwire recalls 20,000 kettles; owners should stop using them and ask for a refund', 'boycott'],
    ['The gym charged my card twice for a class we cancelled a week ahead. Emailed three times.', 'boycott'],
  ])('%s: no %s', expectQuiet);
});

describe('security: money gone from an account, a SIM cloned, codes asked for, staff using what they hold, data left open', () => {
  test.each<Case>([
    ['£600 gone from my account overnight and Vexbank says nothing', 'complaint:security'],
    ['Someone at the Quillo Mobile shop cloned my SIM the day after my upgrade', 'complaint:security'],
    ['My Brightwire rewards account got hijacked and all my points spent in Leeds', 'complaint:security'],
    ['Their agent rang me and asked for my OTP to "confirm the upgrade". He was real staff.', 'complaint:security'],
    ['A Vexbank clerk used my personal details to message me on Instagram. Creepy.', 'complaint:security'],
    ['Student records left on a public server for a year, the council admits', 'complaint:security'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Spent two hours in the Quillo shop queue for a SIM swap. One desk open.', 'complaint:security'],
    ['The thread got hijacked by people arguing about football', 'complaint:security'],
  ])('%s: no %s', expectQuiet);
});

describe('faults and failures told in concrete detail: what a thing does, what it did to skin, no one coming, a booking gone', () => {
  test.each<Case>([
    ['Two weeks in and the touchscreen on my Corvex reboots every ten minutes', 'complaint:product'],
    ['Velmo bamboo sheets pilled after one wash, £90 a set', 'complaint:product'],
    ['The Brightline downlights are flickering like a horror film after a week', 'complaint:product'],
    ['Quillo face cream gave me a red, itchy rash all over my cheeks', 'complaint:product'],
    ['Ordered a steak from Grillhouse and it was pink in the middle, raw really', 'complaint:product'],
    ['New Lattice TV out of the box with stuck pixels in the corner', 'complaint:product'],
    ['Vexmoor router has been down 3 hours on a work day', 'complaint:service'],
    ['Engineer booked 8 to 12. Nobody turned up. No call, no text.', 'complaint:service'],
    ['Hotel had no record of our room when we arrived at midnight with two kids', 'complaint:service'],
    ['@Brightwater day 4 without water on our street', 'complaint:service'],
    ['Rang Quillo, got transferred six times and ended back in the queue', 'complaint:service'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Latency is down 40ms since the patch, great work', 'complaint:service'],
    ['Prices are down 20% this week at the market', 'complaint:service'],
    ['this meeting gave me a headache, time for a walk', 'complaint:product'],
    ['It crackles with energy, what a debut album', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('product: a pack shrunk for the money, told by its figures', () => {
  test.each<Case>([
    ['Brightbake family pack went from 10 muffins to 8 and the price went up', 'complaint:product'],
    ['Quillo crisps: 150g now. It was 175g at Christmas. Same price.', 'complaint:product'],
    ['Paying the same for 6 eggs that used to be 8, cheers Henhouse', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['The library opens at 10 instead of 9 on Saturdays', 'complaint:product'],
    ['Which Vexbank plan lets me pay over 12 months instead of 6?', 'complaint:product'],
    ['Prices went from 5 to 7 this year across the board', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('the plain-words rules in their other senses: idioms, a garden, a payment, an old friend (found on rereading them)', () => {
  test.each<Case>([
    ['my phone isn\'t charging any more after the update', 'complaint:product'],
    ['It\'s a known issue with the X9 battery, the dealer said', 'complaint:product'],
    ['Dinner was pink in the middle, the chicken, at Grillhouse', 'complaint:product'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['the app can burn in hell for all I care', 'complaint:product'],
    ['Found a slug in the garden eating my lettuce', 'complaint:product'],
    ['Moths in my wardrobe ate my favourite jumper', 'complaint:product'],
    ['The mood went sour after the second goal', 'complaint:product'],
    ['The alarm has gone off three times this morning', 'complaint:product'],
    ['My phone is exploding with messages today', 'complaint:product'],
    ['Woke up cold in the middle of the night', 'complaint:product'],
    ['They\'re not charging for delivery this week', 'complaint:product'],
    ['Found glass on the beach, so pretty', 'complaint:product'],
    ['The missing pieces of the story finally came out', 'complaint:product'],
    ['I ruined the recipe by adding too much salt', 'complaint:product'],
    ['My phone buzzes all day with work emails', 'complaint:product'],
    ['Join our public server for the tournament', 'complaint:security'],
    ['An old school friend found me on Facebook today', 'complaint:security'],
    ['The cashier asked for my pin and I blanked', 'complaint:security'],
    ['That joke gave us the reaction we wanted', 'complaint:product'],
  ])('%s: no %s', expectQuiet);
});

describe('a gated phrase does not make its own post negative: an account frozen told calmly, or as a save', () => {
  test.each<Case>([
    ['Zentra Pay froze my account for 11 days. Rent is due Monday.', 'complaint:service'],
  ])('%s: %s', expectFires);
  test.each<Case>([
    ['Kestrel froze my card within a minute when I reported it stolen. Brilliant.', 'complaint:service'],
  ])('%s: no %s', expectQuiet);
});
