import { describe, expect, test } from 'vitest';
import { analyzeDraft, type DraftContext } from '@/utils/coach';

/**
 * "You should have <something> (by <when>)" tells the customer what is on its way to them: the
 * most ordinary line of a support reply once a refund or replacement is sent. The rule for
 * "you should have" exempts only a past participle after it ("received", "got", "had"…), so the
 * present-tense "you should have it by Friday" / "you should have an email" is read as blame
 * ("you should have read the FAQ") and the polite reply gets a "defensive" warning.
 */
const COMPLAINT: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'My parcel never arrived and nobody answers. Furious.', author: '@sam_patel' },
};

describe('"you should have" + what is on its way is no blame', () => {
  test.each([
    "We're so sorry! We've sent a replacement today, so you should have it by Friday.",
    'Sorry for the wait, Sam. The refund went through this morning; you should have it back within 3-5 working days.',
    "We're sorry about this. You should have an email with a new tracking link within the hour.",
  ])('%s', (draft) => {
    const codes = analyzeDraft(draft, COMPLAINT).map((finding) => finding.code);
    expect(codes).not.toContain('defensive');
  });

  test('blame is still blame', () => {
    const codes = analyzeDraft('Sorry, but you should have checked the tracking page.', COMPLAINT).map((finding) => finding.code);
    expect(codes).toContain('defensive');
  });
});
