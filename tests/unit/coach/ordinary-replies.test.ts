// Ordinary replies the coach flagged (QA, twentieth session): "you should have it by Friday" as blame,
// and "thanks a lot" to a pleased fan as sarcasm.
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

/**
 * "Thanks a lot" is flagged as sarcasm unless one of a short list of objects follows it ("for your
 * patience", "for your kind words"…). To a fan's praise it is the most ordinary sincere thanks, but
 * "thanks a lot for the kind words" (not "your"), "…for the shout-out", or "Thanks a lot, Sam!" get a
 * sarcasm warning. The coach already knows when the post is a pleased one (thanks in capitals to a
 * fan are not shouting); a sincere thanks to a pleased post is not sarcasm either.
 */
const FAN: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'Love the new blend from @brewly, best coffee I have had all year!', author: '@sam_patel' },
};

describe('"thanks a lot" to a fan is sincere', () => {
  test.each([
    'Thanks a lot for the kind words, Sam!',
    'Thanks a lot for the shout-out! ☕',
    'Thanks a lot, Sam! Enjoy every sip.',
  ])('%s', (draft) => {
    const codes = analyzeDraft(draft, FAN).map((finding) => finding.code);
    expect(codes).not.toContain('sarcasm');
  });

  test('full agreement before the thanks does not make the thanks sarcastic', () => {
    expect(analyzeDraft("We couldn't agree more! Thanks Sam 😄", FAN).map((finding) => finding.code)).not.toContain('sarcasm');
  });

  test('to an upset customer it is still sarcasm', () => {
    const upset: DraftContext = { platform: 'x', replyingTo: { text: 'My parcel never arrived and nobody answers. Furious.' } };
    expect(analyzeDraft('Thanks a lot for nothing.', upset).map((finding) => finding.code)).toContain('sarcasm');
  });
});
