// Today's internet verdicts (Firebreak issue #3): praise and criticism said with the idioms of 2020s posts
// rather than feeling words ("this ain't it", "fumbled the bag", "the math isn't mathing", "we're cooked",
// "absolute fire", "is the blueprint", "no notes"). Read neutral before, or the wrong way round where a word
// of them has another sense ("no notes" read as a denial). The lookalikes assert the same words where
// nothing is judged.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';

const label = (text: string): string => analyze(text).label;

describe('criticism in internet idioms', () => {
  test.each([
    ['Brightline really fumbled the bag with this rebrand'],
    ["this ain't it, Volta"],
    ['30% less cereal for the same price, the math isn\'t mathing'],
    ['$9 for a bottle of water at the stadium. make it make sense'],
    ['they put ads in the settings menu now. we\'re cooked'],
    ['nobody asked for an AI button on the keyboard'],
    ['the new loyalty app is so unserious'],
    ['this drop is giving nothing'],
    ['tell me you never tested the checkout without telling me'],
    ['10/10 would not recommend'],
    ['the support agent was gaslighting me about my own order'],
    ['Quillo dropping the free tier, we will never financially recover'],
  ])('%s reads negative', (text) => {
    expect(label(text)).toBe('negative');
  });
});

describe('praise in internet idioms', () => {
  test.each([
    ['the new Orla album? absolute fire'],
    ['this indie studio is the blueprint for launches'],
    ['no notes, the redesign is clean'],
    ['whole EP is a vibe, zero skips'],
    ['their spicy wings are top tier'],
    ['Fernway keeping the old price for members, a real one'],
    ['the new shoe colourway is a glow up'],
    ['this game has me in a chokehold and I\'m not mad about it'],
    ['POGGERS the patch fixed the stutter'],
  ])('%s reads positive', (text) => {
    expect(label(text)).toBe('positive');
  });
});

describe('the same words where nothing is judged', () => {
  test.each([
    ['the warehouse fire is under control, no injuries reported'],
    ['Results for mid-2024 are out on Thursday'],
    ['he cooked dinner for the whole team tonight'],
  ])('%s is not read as praise', (text) => {
    expect(label(text)).not.toBe('positive');
  });

  test('"peak" before a noun names the worst of it, not praise ("is peak dystopia")', () => {
    expect(label('an ad for home security before a video about the data leak is peak dystopia')).not.toBe('positive');
  });
});
