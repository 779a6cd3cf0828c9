// QA pass qa9: wordings near the negation and ownership logic. Good replies (many in the wording
// the playbook recommends) must come through clean; the flawed replies next to them must keep
// their finding. Drafts and contexts are QA's (/tmp/qa9), grouped by the report's defect number.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, type DraftContext } from '@/utils/coach';

/** The posts QA replied to: each an upset customer, except the two questions. */
const POSTS = {
  outage: { text: "@AcmeCloud your app has been down ALL MORNING and I've lost a client presentation. Absolutely useless.", author: '@dana_k' },
  late: { text: "Ordered a birthday present from @AcmeShop 2 weeks ago and it still hasn't arrived. Worst service ever.", author: '@jen_m' },
  breach: { text: 'Just got an email saying my data was in the @AcmeCloud breach. How did you let this happen? Furious.', author: '@sam_p' },
  ad: { text: 'This new @Acme ad is disgusting and offensive. Who signed off on this? #BoycottAcme', author: '@leila' },
  employee: { text: 'The staff at the @Acme store on High St were so rude to me today. Laughed at me and told me to leave.', author: '@tom_r' },
  recall: { text: "My @Acme kettle is on the recall list and I've been using it every day with my kids around. Scary.", author: '@mum_of_3' },
  price: { text: 'Another price rise @AcmeCloud? Third one this year. You promised no more increases. Cancelling.', author: '@dev_ops_guy' },
  troll: { text: 'lol @Acme is the worst company on earth, everyone who works there is an idiot', author: '@xx_troll' },
  question: { text: 'Hi @Acme, does the new Pro plan include offline mode? Thinking of upgrading.', author: '@curious_cat' },
  insurance: { text: 'Hi @AcmeInsure, does your small business policy cover public liability? Thinking of switching.', author: 'Priya Shah' },
} as const;
type Scenario = keyof typeof POSTS;

const context = (scenario: Scenario): DraftContext => ({
  platform: 'x',
  // The analyser reads the insurance question as negative ("liability"); its label is not what this
  // table tests, so that post is given as the neutral question it is.
  replyingTo: scenario === 'insurance' ? { ...POSTS[scenario], label: 'neutral', signals: [] } : POSTS[scenario],
  confidentialTerms: ['Project Falcon', 'Bluebird', 'Nightjar', 'Q3-results'],
  allowedContacts: ['support@acme.com', '0800 123 4567'],
  brandTerms: ['Acme', 'AcmeCloud', 'AcmeShop'],
});

const codes = (scenario: Scenario, draft: string): string => findingCodes(analyzeDraft(draft, context(scenario)));

/** [scenario, draft]: a good reply, no finding expected. */
type Good = readonly [Scenario, string];
/** [scenario, draft, code]: a flawed reply that must keep `code` (other findings may come with it). */
type Flawed = readonly [Scenario, string, string];

const cases: ReadonlyArray<{ name: string; good: readonly Good[]; flawed: readonly Flawed[] }> = [
  {
    name: '1. a reported feeling or a verdict the brand apologises for is no insult',
    good: [
      ['troll', 'We get why it seems like no one cares. We do, and we\'re sorry. DM us and tell us what happened.'],
      ['troll', 'It feels like nobody cares, we know. We do, and we\'re sorry. DM us?'],
      ['troll', 'Sorry. It looks like no one cares, and that\'s on us. DM us?'],
      ['recall', "Honestly, what a disgrace. We're sorry, and we'll replace it free of charge."],
      ['ad', "What an absolute disgrace. That's on us, and the ad is gone."],
      ['ad', "That's a disgrace. We're sorry, and the ad has been pulled."],
    ],
    flawed: [
      ['troll', 'No one cares.', 'hostile'],
      ['troll', 'Honestly, nobody cares.', 'hostile'],
      ['troll', 'You look like an idiot. Sorry.', 'hostile'],
      ['troll', 'Seems like you\'re an idiot.', 'hostile'],
      ['troll', 'What an idiot. We\'re sorry.', 'hostile'],
      ['troll', 'What a disgrace. Sorry.', 'hostile'],
      ['troll', 'What a disgrace. But we\'re sorry you feel that way.', 'hostile'],
      ['troll', 'What a disgrace you are.', 'hostile'],
    ],
  },
  {
    name: "2. sympathy and the brand's own failure are not blame",
    good: [
      ['late', "You should have heard from us days ago, and we're sorry. DM us and we'll get it sorted."],
      ['late', "Sorry, you should have had a reply by now. DM us and we'll chase it personally."],
      ['late', "You should've had an update from us by now. That's on us, sorry. DM us."],
      ['late', "You should have known about the delay before checkout, and that's on us. Sorry, DM us and we'll refund the shipping."],
      ['outage', "Sorry, you must have had a horrible morning. The fix is live now; DM us if anything's still broken."],
      ['outage', "Sorry, you must have thought we'd forgotten you. DM us?"],
      ['price', 'Sorry for the worry. You\'ll keep the price you agreed to when you signed up, so nothing changes for you.'],
      ['price', 'Sorry for the worry. You keep the price you agreed to.'],
    ],
    flawed: [
      ['late', 'Sorry, but you should have read the terms.', 'defensive'],
      ['late', 'You should have known better.', 'defensive'],
      ['late', 'Sorry, you should have known better than to order from us.', 'defensive'],
      ['late', 'You should have had the address right. Sorry.', 'defensive'],
      ['late', 'You should have heard the courier knock.', 'defensive'],
      ['outage', 'You must have done something wrong. Sorry.', 'defensive'],
      ['outage', 'Sorry, you must have had the wrong setting on.', 'defensive'],
      ['price', 'You agreed to this when you signed up. Sorry.', 'defensive'],
      ['price', 'Sorry, but you agreed to the new terms.', 'defensive'],
      ['price', 'Sorry, it is the price which you agreed to.', 'defensive'],
    ],
  },
  {
    name: '3. a hedge before an apology, "you\'re right" or the brand owning its failure',
    good: [
      ['ad', "Clearly, this is unacceptable and we're sorry. The ad has been pulled."],
      ['outage', "Clearly something went badly wrong on our side, and we're sorry. Fix is live now."],
      ['late', "Obviously that's not the experience we want you to have. Sorry, DM us and we'll fix it."],
      ['ad', "Obviously we're gutted that this ad hurt people. We're sorry, and it's gone."],
      ['ad', "Obviously this should never have been published. We're sorry, and it's gone."],
      ['late', "Actually, you're right. We checked and the charge was our error. Sorry, it's refunded now."],
      ['late', 'To be fair, you had every right to expect better from us. Sorry, DM us and we\'ll fix it.'],
      ['employee', "To be fair, that's not good enough from our team. Sorry, DM us?"],
    ],
    flawed: [
      ['late', 'Sorry. To be fair, we did reply twice.', 'arguing'],
      ['late', 'To be fair, we did reply twice, sorry.', 'arguing'],
      ['late', 'Sorry. Clearly you didn\'t read the email.', 'sarcasm'],
      ['late', 'Obviously it was delivered. Sorry.', 'sarcasm'],
      ['late', 'Actually, the parcel was delivered on Monday. Sorry.', 'arguing'],
      ['late', "Actually, you're right, but it was delivered on Monday.", 'arguing'],
      ['late', "Obviously we're sorry.", 'sarcasm'],
    ],
  },
  {
    name: '4. negation read across asides, commas and contractions; negative questions are no negation',
    good: [
      ['late', "This is not, in any way, your fault. Sorry, DM us and we'll sort it."],
      ['late', "This is not even slightly your fault. Sorry, DM us and we'll resend it."],
      ['late', "This is by no means your fault, and we're sorry. DM us and we'll sort it."],
      ['late', "At no point was this your fault. Sorry, DM us and we'll fix it."],
      ['late', "It was never, ever your fault. Sorry, DM us and we'll sort it."],
      ['outage', "Sorry, this was never down to user error. It's a bug on our side and we're fixing it."],
      ['recall', "Nobody here thinks you used it wrong, and we're sorry for the scare. DM us for a replacement."],
      ['recall', "Sorry for the worry. Nobody's saying you used it wrong; the fault is in the part. DM us for a replacement."],
      ['outage', "We don't for a second think you're overreacting. Sorry, DM us and we'll escalate it."],
      ['outage', "We can't honestly promise it won't happen again, but we've added a second backup. Sorry for today."],
      ['outage', "We won't promise it'll never happen again, but we're adding monitoring this week. Sorry for today."],
      ['outage', "We can't say for sure it won't happen again, but we're sorry and we're working on it."],
      ['outage', "Sorry for today. We can't promise it'll never happen again, but we're doubling our backups."],
    ],
    flawed: [
      ['late', "No, it's your fault. Sorry.", 'defensive'],
      ['late', "Sorry, it's not ours, it's your fault.", 'defensive'],
      ['late', 'Sorry, not our fault, your fault.', 'defensive'],
      ['recall', "Isn't it your fault for not registering the product?", 'defensive'],
      ['outage', "Wasn't that your mistake, though?", 'defensive'],
      ['recall', "Don't you think you used it wrong?", 'defensive'],
      ['outage', "Don't you think you're overreacting a bit?", 'dismissive'],
      ['outage', 'Sorry. It will never happen again.', 'overpromise'],
      ['outage', "Sorry, we can fix it and it won't happen again.", 'overpromise'],
    ],
  },
  {
    name: "5. the brand's verdict on its own failure is not arguing",
    good: [
      ['employee', "That's just not good enough from us, and we're sorry. DM us so we can follow up with the store."],
      ['employee', "That's simply not acceptable and we're sorry. Please DM us the store and time."],
      ['employee', "That was just wrong of our staff, and we're sorry. DM us and we'll follow up today."],
      ['late', "What our driver did was plain wrong. We're sorry, DM us and we'll make it right."],
      ['price', "Sorry. The fee should have been clearly stated at checkout, and it wasn't. DM us and we'll refund it."],
      ['price', "Sorry, the fee wasn't clearly stated at checkout. DM us and we'll refund it."],
    ],
    flawed: [
      ['late', "Sorry, but that's simply not true.", 'arguing'],
      ['late', "Sorry, that's just not the case.", 'arguing'],
      ['late', "Sorry, that's just wrong.", 'arguing'],
      ['late', "Sorry, you're plain wrong.", 'arguing'],
      ['price', 'Sorry, the fee was clearly stated at checkout.', 'arguing'],
      ['price', "Sorry, it's been clearly stated in our FAQ.", 'arguing'],
    ],
  },
  {
    name: '6. "actually" before the brand owning its mistake',
    good: [
      ['late', "You're right, and it actually was our mistake. Sorry, DM us and we'll fix it."],
      ['outage', "We actually did mess up here, and we're sorry. A fix is going out now."],
      ['outage', "Sorry, it actually was down longer than our status page showed. That's on us; full timeline tomorrow."],
    ],
    flawed: [
      ['late', 'Sorry, but it actually was delivered on Monday.', 'arguing'],
      ['late', 'It actually was delivered. Sorry.', 'arguing'],
      ['late', "It actually did arrive. We're sorry you feel that way.", 'arguing'],
    ],
  },
  {
    name: '7. "with respect" as the way people deserve to be treated',
    good: [
      ['employee', 'Every customer deserves to be treated with respect, and you weren\'t. We\'re sorry. DM us so we can follow up.'],
      ['employee', "We're sorry. Our team should treat everyone with respect and that didn't happen here."],
      ['employee', "You deserve to be spoken to with respect, every time. We're sorry, DM us the store and we'll follow up."],
    ],
    flawed: [
      ['employee', "With respect, that's not what happened.", 'arguing'],
      ['employee', "Sorry, but with respect, our staff followed the rules.", 'arguing'],
      ['employee', 'With all due respect, our staff were polite.', 'arguing'],
    ],
  },
  {
    name: '8. owning the problem, or plain empathy, acknowledges it',
    good: [
      ['late', "We dropped the ball here. DM us and we'll fix it today."],
      ['outage', "We messed up. That's on us. DM us and we'll make it right."],
      ['late', "No excuse for this. DM us and we'll put it right today."],
      ['employee', "You have every right to be angry. DM us the store and we'll follow up today."],
      ['ad', "We feel terrible about this ad. It's been pulled, and we're reviewing how it got approved."],
      ['late', "That's rubbish, and we'd be annoyed too. DM us and we'll chase the courier now."],
      ['outage', 'Totally fair to be annoyed. The outage is on us, and a fix is going out within the hour.'],
      ['late', "Oh no, that's awful. DM us and we'll chase it right now."],
      ['outage', "That's on us, full stop. The fix is live and we'll credit your account, DM us."],
      ['late', "Please don't think this was your fault. The courier missed your address and we should have caught it. DM us and we'll resend it today."],
    ],
    flawed: [
      ['late', "It's not our fault. DM us.", 'no-acknowledgement'],
      ['late', 'DM us and we will look into it.', 'no-acknowledgement'],
      ['late', "The courier dropped the ball, not us. DM us.", 'no-acknowledgement'],
    ],
  },
  {
    name: '9. listed words in their innocent uses',
    good: [
      ['late', "Thanks a lot for your patience, and sorry for the wait. DM us and we'll check where it is."],
      ['late', "Sorry about this, and thanks a lot for flagging it. We'll DM you now."],
      ['late', "As if the delay wasn't bad enough, we then charged you twice. We're so sorry; DM us and we'll refund it now."],
      ['employee', "We're so sorry. What our staff member did is against company policy, and we're following up today. DM us?"],
      ['price', "We hear you. We're changing our company policy on refunds because of feedback like yours. Sorry it took this long."],
      ['price', "You're right, and we're sorry. We're going to relax the return rules to 60 days for everyone affected."],
      ['outage', "Sorry for the disruption. Once things calm down we'll publish a full write-up of what went wrong."],
      ['outage', "This was far more than a minor inconvenience and we're sorry. DM us and we'll credit your account."],
    ],
    flawed: [
      ['late', 'Thanks a lot for nothing.', 'sarcasm'],
      ['late', 'Thanks a lot. Sorry.', 'sarcasm'],
      ['late', 'Thanks a lot for your 1-star review.', 'sarcasm'],
      ['late', "As if we'd lose a parcel on purpose. Sorry.", 'sarcasm'],
      ['employee', 'Sorry, but company policy is company policy.', 'dismissive'],
      ['employee', 'Sorry, our company policy does not allow refunds.', 'dismissive'],
      ['outage', "Relax, it's back up. Sorry.", 'dismissive'],
      ['outage', 'Sorry, you need to relax.', 'dismissive'],
      ['outage', 'Calm down. Sorry for the wait.', 'dismissive'],
      ['outage', 'Sorry, you need to calm down.', 'dismissive'],
      ['outage', 'Sorry, but it was only a minor inconvenience.', 'dismissive'],
      ['late', "Sorry, there's nothing we can do.", 'dismissive'],
      ['late', "Sorry, there's nothing we can do to get your money back.", 'dismissive'],
    ],
  },
  {
    name: '10. insurance products are not legal admissions',
    good: [
      ['insurance', "Great question. Yes, our small business policy includes public liability cover up to £2m. DM us and we'll send the details."],
      ['insurance', 'Thanks for asking. Public liability and professional negligence cover are both available as add-ons. Happy to talk it through by DM.'],
      ['insurance', "Yes, employers' liability is included as standard on every policy. Anything else we can help with?"],
      ['insurance', 'Yes, product liability insurance is an add-on. DM us for a quote.'],
    ],
    flawed: [
      ['late', "Sorry. We accept liability for the delay.", 'legal-risk'],
      ['breach', 'Sorry, this was negligence on our part.', 'legal-risk'],
      ['breach', 'Sorry. We were negligent and we are liable.', 'legal-risk'],
      ['breach', 'Sorry, our liability here is clear.', 'legal-risk'],
    ],
  },
  {
    name: '11. a lone acronym among ordinary words is not shouting',
    good: [
      ['question', 'Yes! The Pro model has the new AMOLED screen and comes in black or white.'],
      ['breach', "We're sorry. We've notified affected patients as HIPAA requires, and you can DM us with any questions."],
      ['price', "Sorry for the mix-up. We'll refund the difference by BACS or CHAPS within 2 working days; DM us."],
    ],
    flawed: [
      ['question', 'It is UNACCEPTABLE to ask that.', 'shouting'],
      ['question', 'NVIDIA drivers support it, see our FAQ.', 'shouting'],
      ['late', 'Sorry, we did NOTHING wrong.', 'shouting'],
      ['late', 'Sorry, this is RIDICULOUS.', 'shouting'],
      ['late', 'Sorry, we are WORKING ON IT.', 'shouting'],
      ['late', 'Sorry, we are EXTREMELY busy today.', 'shouting'],
      ['late', 'Sorry, HELLO? DM us.', 'shouting'],
      ['late', 'SERIOUSLY? Sorry.', 'shouting'],
    ],
  },
  {
    name: 'misses: imperative insults, negative questions and vocabulary',
    good: [
      ['outage', "Sorry, we'll shut up shop for the night once the fix is out. DM us?"],
      ['outage', "Sorry, we know the bug seems stupid. It's on us, and a fix is out today."],
    ],
    flawed: [
      ['troll', 'Shut up and read the email we sent.', 'hostile'],
      ['price', 'Shut up about our prices.', 'hostile'],
      ['troll', 'Shut up and let us do our jobs.', 'hostile'],
      ['troll', 'Just shut up and let us work.', 'hostile'],
      ['outage', "Chill, it's back up.", 'dismissive'],
      ['late', "Settle down, it's one late parcel.", 'dismissive'],
      ['outage', "You're being dramatic, it was down for ten minutes.", 'dismissive'],
      ['late', 'Did u even read the shipping times?', 'hostile'],
      ['late', 'You should of checked the address before ordering.', 'defensive'],
      ['breach', "We're sorry. Your data is 100 percent safe now.", 'overpromise'],
      ['outage', 'Sorry!! Never gonna happen again, promise.', 'overpromise'],
    ],
  },
];

describe.each(cases)('$name', ({ good, flawed }) => {
  test.each(good)('%s: %j is clean', (scenario, draft) => {
    expect(codes(scenario, draft)).toBe('');
  });
  test.each(flawed)('%s: %j keeps %s', (scenario, draft, code) => {
    expect(codes(scenario, draft).split(' ')).toContain(code);
  });
});
