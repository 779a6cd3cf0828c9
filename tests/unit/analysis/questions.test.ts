// Complaints asked as questions (Firebreak issue #3): "why do I have to…", "how is it legal…", "is it too much to
// ask…", "since when does…", "who in their right mind…" are not asked for an answer, and read neutral before
// (a question's words count for little). The lookalikes are questions asked for information.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';

const label = (text: string): string => analyze(text).label;

describe('a complaint asked as a question', () => {
  test.each([
    ['why do I have to make an account just to see the menu?'],
    ['how is it legal to charge a fee for paying by card'],
    ['is it too much to ask for a train with working doors?'],
    ['since when does express shipping mean ten days'],
    ['who in their right mind puts the only lift out of order for a month?'],
    ['what is the point of a help line nobody answers?'],
    ['how long am I supposed to wait for my deposit back?'],
    ['@Rivelo do you even test these updates before you ship them'],
  ])('%s reads negative', (text) => {
    expect(label(text)).toBe('negative');
  });

  test('delight asked as a question reads positive', () => {
    expect(label('how did I ever live without this blender?')).toBe('positive');
  });
});

describe('questions asked for information', () => {
  test.each([
    ['how long does the battery take to charge?'],
    ['is the store open on Sunday?'],
    ['what is the point size of the body text in the new brand guide?'],
  ])('%s is not read as a complaint', (text) => {
    expect(label(text)).not.toBe('negative');
  });

  // A known miss, kept in sight: the learned reader of plain complaints (learned-reader.ts) takes "why is my X
  // showing two Y?" for a complaint (0.92), as it mostly is ("why is my bill showing two direct debits?", 0.98),
  // but this one was written as a question asked for information. The test fails the day it reads neutral again.
  test.fails('why is my parcel showing two tracking numbers? is not read as a complaint (known miss)', () => {
    expect(label('why is my parcel showing two tracking numbers?')).not.toBe('negative');
  });
});
