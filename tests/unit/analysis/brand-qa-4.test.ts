// General rules from a fourth QA pass over posts to and about brands (Firebreak issue #3). The cases are
// the rules' own, not the QA posts. They assert what the rules give (reasons, signals), not the learned
// model's label, so they hold whatever model is trained next.
import { describe, expect, test } from 'vitest';
import { analyze, type SignalCode } from '../../../utils/analysis/index';
import { net, weightOf } from './net';

describe('praise and faults told in the words of service posts', () => {
  test.each<[string, 'positive' | 'negative']>([
    // a bargain, praise built of a dark word, and speed
    ['the new family plan is a steal', 'positive'],
    ['the camera on this phone is scary good', 'positive'],
    ['the checkout page is so slow today', 'negative'],
    ['the app is really slow today', 'negative'],
    ['their app is slower than a fax machine', 'negative'],
    // things simply working, worth, no trouble
    ['this router just works. two years, zero issues', 'positive'],
    ['the tasting menu alone is worth the price', 'positive'],
    ['the front desk staff are legends', 'positive'],
    ['the delay was handled well', 'positive'],
    ['the crew kept us updated every ten minutes', 'positive'],
    ['they swapped the seats at no charge', 'positive'],
    ['voted the most punctual bus operator in the region', 'positive'],
    ['shoutout to the night shift at the pharmacy', 'positive'],
    ['my energy bill went down by a third after switching', 'positive'],
    ['the new range is everything i wanted', 'positive'],
    ['the chain will pay every rider a living wage', 'positive'],
    // faults told as facts
    ['they wiped my playlists with no warning', 'negative'],
    ['the gym shut for a week without any notice', 'negative'],
    ['fees went up again, what is the point. whats the point', 'negative'],
    ['half the studio got laid off this morning', 'negative'],
    ['the stream keeps buffering during every match', 'negative'],
    ['the hotel overbooked and sent us across town', 'negative'],
    ['charging 20 quid for a phone case is daylight robbery', 'negative'],
    ['that move was scummy', 'negative'],
    ['the protein bar tastes like chalk', 'negative'],
  ])('%s → %s', (text, side) => {
    const weight = net(text);
    if (side === 'positive') expect(weight).toBeGreaterThan(0);
    else expect(weight).toBeLessThan(0);
  });

  test('"so fast it\'s not even funny" is praise, not a joke denied', () => {
    expect(weightOf("the new checkout is so fast it's not even funny", "it's not even funny")).toBeUndefined();
    expect(net("the new checkout is so fast it's not even funny")).toBeGreaterThan(0);
  });
});

describe('product and tariff names, and a brand reply, carry no feeling', () => {
  test.each<[string, string]>([
    ['The smart meter sends a reading every month', 'smart'],
    ['Loyalty points expire after twelve months', 'loyalty'],
    ['Standing charges change from April', 'charges'],
    ['The label hired a new creative director', 'creative'],
    ['The merger is subject to regulatory approval', 'approval'],
    ['Password sharing ends for all accounts in May', 'sharing'],
    ['Sorry to hear that, could you send us your order number?', 'sorry'],
    ['Thanks for reaching out! Our team will get back to you shortly.', 'thanks'],
    ['Thank you for getting in touch, we are checking your booking now', 'thank'],
    ['The chain will stop selling plastic straws from June', 'stop'],
  ])('%s: no weight on "%s"', (text, word) => {
    expect(weightOf(text, word)).toBeUndefined();
  });
});

describe('signals', () => {
  test.each<[string, SignalCode, boolean]>([
    // a bill that went down is no outage; a habit is no boycott
    ['my phone bill went down by twelve pounds this month', 'complaint:product', false],
    ['prices went down across the whole menu', 'complaint:product', false],
    ["can't stop using this face oil", 'boycott', false],
    // a change made without a word first is a service complaint
    ['they cancelled my booking without any notice', 'complaint:service', true],
    ['the app deleted my saved routes with no warning', 'complaint:service', true],
    // what no one loves
    ['love having to reset my password every single week', 'sarcasm', true],
    ['love being ignored by the help desk', 'sarcasm', true],
  ])('%s: %s %s', (text, code, expected) => {
    expect(analyze(text).signals.includes(code)).toBe(expected);
  });

  test('praise beside a change made without warning reads as sarcasm', () => {
    const result = analyze('thanks for wiping my playlists with no warning. love that for me');
    expect(result.signals).toContain('sarcasm');
    expect(net('thanks for wiping my playlists with no warning. love that for me')).toBeLessThan(0);
  });
});

describe('the fault a fix verb names is what was fixed', () => {
  test.each<[string]>([
    ['they fixed the broken hinge the same day'],
    ['support replaced my broken charger in two days'],
    ['the bank refunded the fraudulent payment overnight'],
  ])('%s: the fault counts as backstory', (text) => {
    const fault = analyze(text).reasons.find((reason) => reason.weight < 0);
    expect(fault === undefined || fault.weight > -1).toBe(true);
  });

  test.each<[string]>([
    ["they still haven't repaired the broken hinge"],
    ['nobody replaced the broken charger'],
    // guards: the fault that follows a fix is no backstory
    ['they fixed it and it broke again the next day'],
    ['they replaced the screen and it cracked again'],
  ])('%s: no fix was made, the fault keeps its weight', (text) => {
    const fault = Math.min(...analyze(text).reasons.map((reason) => reason.weight));
    expect(fault).toBeLessThan(-1.5);
  });
});

describe('a thing named by a capitalised word after a determiner', () => {
  test.each<[string, string]>([
    ['the Radiant has a rattle again', 'Radiant'],
    ['my Radiant CX50 is back from the dealer', 'Radiant'],
    // the subject of a headline's verb, even at the start
    ['Radiant confirms the price of its new model', 'Radiant'],
    ['Bliss announces a second store in Leeds', 'Bliss'],
    // a name quoted mid-sentence: the quote starts no sentence
    ['they relaunched the store brand as "Happy Home" last week', 'Happy'],
    ['our Bliss broke after a week', 'Bliss'],
    ['the Radiant is back in the garage again', 'Radiant'],
  ])('%s: "%s" is a name, at a fifth of its weight', (text, word) => {
    const weight = weightOf(text, word);
    expect(weight === undefined || Math.abs(weight) < 1).toBe(true);
  });

  // guards: a capital of emphasis, or a feeling word before its noun, is no name
  test.each<[string, string]>([
    ['the staff were Amazing', 'Amazing'],
    ['this is an Amazing product', 'Amazing'],
    ['I love this phone', 'love'],
    ['Great posts today', 'Great'],
    ['Terrible delays again this morning', 'Terrible'],
  ])('%s: "%s" keeps its weight', (text, word) => {
    expect(Math.abs(weightOf(text, word) ?? 0)).toBeGreaterThan(1.5);
  });
});

describe('a question asked for a fact', () => {
  test.each<[string, string, string]>([
    ['How many free checked bags do you get on the basic fare?', 'You get free checked bags on the basic fare.', 'free'],
    ['What time does the best branch in town close on Sundays?', 'The best branch in town closes at six on Sundays.', 'best'],
    ['When does the free trial end?', 'The free trial ends in May.', 'free'],
    // a choice asked about
    ['Is the vanilla or the chocolate flavour better?', 'The vanilla flavour is better.', 'better'],
    ['Do most people pick the free tier or the paid one?', 'Most people pick the free tier.', 'free'],
  ])('%s: its feeling word counts half', (question, statement, word) => {
    const asked = weightOf(question, word) ?? 0;
    const told = weightOf(statement, word) ?? 0;
    expect(told).toBeGreaterThan(0);
    expect(asked).toBeCloseTo(told / 2, 5);
  });

  test('"is it just me or…" is a complaint asked, not a choice: its words keep their weight', () => {
    expect(weightOf('Is it just me or is the new layout awful?', 'awful')).toBeCloseTo(weightOf('The new layout is awful.', 'awful') ?? 0, 5);
  });
});

describe('emoji newer than the sources', () => {
  test.each<[string, string, 'positive' | 'negative']>([
    ['the new menu 🤩', '🤩', 'positive'],
    ['launch night 🥳', '🥳', 'positive'],
    ['handwritten note in my order 🥹', '🥹', 'positive'],
    ['our barista team 🫶', '🫶', 'positive'],
    ['our numbers this quarter 📉', '📉', 'negative'],
  ])('%s: %s reads %s', (text, symbol, side) => {
    const weight = weightOf(text, symbol) ?? 0;
    if (side === 'positive') expect(weight).toBeGreaterThan(0);
    else expect(weight).toBeLessThan(0);
  });
});
