// The reply coach's acceptance table: drafts a social media manager might type, with the finding
// codes each must get (exactly: a missing code and an extra one both fail). Good empathetic
// replies must get none. Each row names the situation it is typed in.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, type DraftContext } from '@/utils/coach';

const COMPLAINT = 'My order never arrived and your support has ignored me for a week. Absolutely furious.';
const QUESTION = 'Does the new model support USB-C charging?';

const CONTEXTS = {
  /** Answering an angry service complaint on X. */
  complaint: { platform: 'x', replyingTo: { text: COMPLAINT, author: '@sam_patel' } },
  /** Answering a neutral question on X: no acknowledgement needed. */
  question: { platform: 'x', replyingTo: { text: QUESTION, author: '@curious' } },
  /** A post or reply with nothing to answer. */
  none: { platform: 'x' },
  /** The plan's confidential terms, answering a complaint. */
  confidential: {
    platform: 'x',
    replyingTo: { text: COMPLAINT },
    confidentialTerms: ['Project Falcon', 'Q3-results', 'Halvorsen', 'recall list'],
  },
  /** The brand's own contacts are public. */
  contacts: {
    platform: 'x',
    replyingTo: { text: QUESTION },
    allowedContacts: ['support@acme.com', '*@help.acme.com', '+1 800 555 0199', '350 Fifth Avenue, New York'],
  },
  /** An active incident with an approver. */
  incident: {
    platform: 'x',
    replyingTo: { text: COMPLAINT },
    incident: { active: true, approver: 'Dana Reyes (PR lead)', approvalStep: 'Legal review' },
    preApproved: [{ id: 'holding', title: 'Holding', text: "We know, we're looking into it, more soon." }],
  },
  /** An incident that is over. */
  calm: { platform: 'x', replyingTo: { text: COMPLAINT }, incident: { active: false, approver: 'Dana' } },
  bluesky: { platform: 'bluesky', replyingTo: { text: QUESTION } },
  mastodon: { platform: 'mastodon', replyingTo: { text: QUESTION } },
  tiktok: { platform: 'tiktok', replyingTo: { text: QUESTION } },
  linkedin: { platform: 'linkedin', replyingTo: { text: QUESTION } },
  brand: { platform: 'x', replyingTo: { text: QUESTION }, brandTerms: ['NVIDIA'] },
  /** Answering someone hurt or put at risk by the product. */
  harm: { platform: 'x', replyingTo: { text: 'My Brewly kettle caught fire this morning and burned my hand. Furious.', author: '@sam_patel' } },
  /** Answering a plain question whose words read a little negative ("affected", "recall"). */
  recallQuestion: { platform: 'x', replyingTo: { text: 'Which batches are affected by the contamination?', author: '@curious' } },
  /** The same words asked in anger. */
  recallAnger: { platform: 'x', replyingTo: { text: 'Which batches are affected by the contamination?? Nobody at Brewly will tell us!', author: '@curious' } },
  /** Answering outrage at an advert. */
  advert: { platform: 'x', replyingTo: { text: 'Your new ad mocking nurses is disgusting. Pull it now.', author: '@nurse_jo' } },
  /** Answering someone whose account was taken over. */
  account: { platform: 'x', replyingTo: { text: 'Someone logged into my Brewly account and ordered stuff. Your security is a joke.', author: '@sam_patel' } },
  /** Answering a fan's praise. */
  praise: { platform: 'x', replyingTo: { text: 'Love the new update, thank you so much!', author: '@fan' } },
} satisfies Record<string, DraftContext>;

type ContextName = keyof typeof CONTEXTS;

const long = (sentences: number): string =>
  Array.from({ length: sentences }, (_, i) => `Thanks for asking about part ${i + 1}.`).join(' ');

const ROWS: Array<[ContextName, string, string]> = [
  // --- Good empathetic replies: no finding at all.
  ['complaint', "Hi @sam_patel, I'm really sorry about this. Could you send us a DM so we can look into it?", ''],
  ['complaint', "I'm so sorry your order hasn't arrived. That's not the experience we want for you. Please DM us and we'll help.", ''],
  ['complaint', 'We hear you, and we apologise for the wait. Send us a DM and we will sort it out together.', ''],
  ['complaint', "I understand you're upset, and you have every right to be. Can you DM us so we can help?", ''],
  ['complaint', "That sounds really frustrating. We'd like to put it right: could you send us a DM?", ''],
  ['complaint', 'Thank you for letting us know. We are sorry and would like to help. Please send us a DM.', ''],
  ['complaint', 'We apologize for the delay. Our team is ready to help via DM.', ''],
  ['complaint', "You're right to expect better, and I'm sorry we let you down. DM us and we'll help.", ''],
  ['complaint', "Sorry for the trouble! Please DM us and we'll help ASAP.", ''],
  ['complaint', "I can imagine how frustrating this must be. I'm here to help: send us a DM.", ''],
  ['complaint', 'Thanks for flagging this, and sorry for the hassle. Could you DM us the details?', ''],
  ['complaint', 'We are sorry. Our FAQ has the steps, and our UK team can help you by DM.', ''],
  ['complaint', 'So sorry about this, @sam_patel. Please DM us.', ''],
  ['question', 'Thanks for reaching out! Yes, it charges over USB-C. Happy to help by DM if you need more.', ''],
  ['question', 'Great question: yes, every model from 2024 supports USB-C.', ''],
  ['question', "Good news: it does! Here's the guide: https://acme.com/usb-c", ''],
  ['none', 'Our stores open at 9am tomorrow.', ''],
  // --- Only the handle the site prefills (Mastodon: "@name "): nothing written yet.
  ['complaint', '@sam_patel ', ''],
  ['complaint', '@sam_patel @acme_support ', ''],
  ['complaint', '@sam_patel ok', 'no-acknowledgement'],
  ['none', 'We know, we are looking into it, more soon.', ''],
  // --- Quotation is not arguing; "with respect to" is not "with respect".
  ['complaint', 'Sorry to hear that you were told "actually, it is not our fault" in store. That should not have happened.', ''],
  ['complaint', "With respect to your order, we're sorry for the delay and would like to help by DM.", ''],
  ['complaint', "You should have received a confirmation e-mail; I'm sorry it didn't arrive. Can you DM us?", ''],
  ['complaint', "You must have been so worried. I'm sorry. Please DM us.", ''],
  ['question', 'Tap "Settings" and then "Charging" to see it.', ''],

  // --- Arguing.
  ['complaint', "Actually, we're sorry but the parcel was delivered on time.", 'arguing'],
  ['complaint', "Sorry, but you're wrong about the delivery date.", 'arguing'],
  ['complaint', "I'm sorry, but that's not true: we replied within the hour.", 'arguing'],
  ['complaint', 'To be fair, we did reply to your first message. Sorry for the wait.', 'arguing'],
  ['complaint', 'With respect, sorry, our records show the parcel arrived.', 'arguing'],
  ['complaint', 'Well, technically the order is late by one day. Sorry about that.', 'arguing'],
  ['complaint', 'For the record, we are sorry, but we never said next-day delivery.', 'arguing'],
  ['question', 'Actually it does not support that.', 'arguing'],
  ['complaint', 'Sorry, but the parcel was actually delivered on Monday.', 'arguing'],
  ['complaint', "Sorry! We actually have a fix ready now: DM us and we'll send it.", ''],
  ['complaint', 'That is not what happened.', 'arguing no-acknowledgement'],

  // --- Defensive or blaming.
  ['complaint', "Sorry, but you should have checked the tracking page.", 'defensive'],
  ['complaint', "I'm sorry, but it's not our fault the courier was late.", 'defensive'],
  ['complaint', "You didn't read the delivery terms.", 'defensive no-acknowledgement'],
  ['complaint', 'This looks like user error, sorry.', 'defensive'],
  // their handling blamed as advice, the fault denied by pointing at everyone else (QA)
  ['complaint', 'Sorry. Maybe try using it properly next time.', 'defensive'],
  ['complaint', "We're sorry, but it works fine for everyone else.", 'defensive'],
  ['complaint', "Sorry to hear it. Other customers don't seem to have this problem.", 'defensive'],
  ['complaint', "We're sorry it isn't working: it works fine for most people, so let's find out what's different. DM us?", ''],
  ['complaint', "We're sorry. We've already answered this.", 'dismissive'],
  ["complaint", "We're sorry. Unfortunately that's our policy.", 'dismissive'],
  ['complaint', "Sorry about this! Our policy is a full refund, and that's our policy for everyone.", ''],
  ['complaint', "Sorry, fine, we'll refund you. Happy now?", 'sarcasm'],
  ['complaint', "We're sorry. Are you happy now with the replacement?", ''],
  // a reply that says sorry and signs off "Thanks" means it
  ["complaint", "We're so sorry about this. Could you DM us the details? Thanks", ''],
  ['complaint', 'Sorry, you misunderstood the delivery window.', 'defensive'],
  ['complaint', 'If you had followed the instructions this would not have happened.', 'defensive no-acknowledgement'],
  ['question', 'You need to read the manual.', 'defensive'],
  ['question', "It's your own fault for not reading the manual.", 'defensive'],
  ['complaint', "Sorry, but that's your own fault.", 'defensive'],
  ['complaint', 'Sorry, the fault came from not following the instructions.', 'defensive'],
  ['question', 'Maybe next time try following the instructions.', 'defensive'],
  ['question', 'Next time, try following the steps in the guide.', 'defensive'],
  // "Try reading" also talks down to them.
  ['question', 'Next time try reading the manual.', 'defensive hostile'],
  ['question', 'Please follow the instructions in the manual we just sent you.', ''],
  ['question', "Don't worry about not reading the manual, it's long. Here's the short version.", ''],
  ['question', 'Next time you visit, try the new espresso.', ''],
  ['complaint', "Sorry, it's our own fault, and we'll put it right. Please DM us.", ''],

  // --- Dismissive.
  ['complaint', 'Calm down, your parcel is on its way.', 'dismissive no-acknowledgement'],
  ['complaint', 'As we already said, the parcel is on its way. Sorry.', 'dismissive'],
  ['complaint', 'Per our policy, refunds take 14 days. Sorry for the wait.', 'dismissive'],
  ['complaint', 'As previously stated, we are sorry for the delay.', 'dismissive'],
  ['complaint', "Relax, it's on its way.", 'dismissive no-acknowledgement'],
  ['complaint', "Sorry, but it's not a big deal, it will arrive tomorrow.", 'dismissive'],
  ['complaint', "Sorry, there's nothing we can do.", 'dismissive'],
  ['complaint', "We're sorry you feel that way.", 'dismissive no-acknowledgement'],
  ['question', 'Whatever.', 'dismissive'],

  ['complaint', 'Sorry, but maybe read the terms next time.', 'defensive'],
  ['complaint', 'Sorry, but this is clearly your mistake.', 'defensive'],
  ['complaint', "Sorry, we don't appreciate your tone.", 'defensive'],
  ['complaint', 'Sorry, but that is just your opinion.', 'arguing'],
  ['complaint', 'Sorry, stop spreading lies about us.', 'arguing'],
  ['complaint', 'Sorry, how many times do we have to explain this?', 'dismissive'],
  ['complaint', "Sorry, but we've told you three times already.", 'dismissive'],
  ['complaint', 'Sorry. Lol.', 'dismissive'],
  ['none', 'Lol, love this one!', ''],
  ['question', "Ok boomer, we'll pass it on.", 'hostile'],
  ['complaint', "Okay, boomer. We're sorry.", 'hostile'],
  ['question', 'Ok, the boomerang is back in stock.', ''],
  ['question', 'Our baby boomer customers love it too.', ''],

  // --- Sarcasm.
  ['complaint', 'Thanks for your patience 🙄', 'sarcasm'],
  ['complaint', 'Sure, because we love losing parcels. Sorry.', 'sarcasm'],
  ['complaint', "Oh great, another one. Sorry, DM us.", 'sarcasm'],
  ['complaint', 'Obviously we are sorry.', 'sarcasm'],
  ['complaint', "Sorry your 'urgent' parcel is late.", 'sarcasm'],
  ['question', 'Yeah right, as if anyone reads the manual.', 'sarcasm'],
  ['question', 'Good luck with that 🙃', 'sarcasm'],
  ['complaint', 'Sorry. Great job ordering the wrong size 👍', 'sarcasm'],
  ['none', 'Great job on the marathon, well done!', ''],
  ['complaint', 'Sorry, wow, what a shock, another complaint.', 'sarcasm'],

  // --- Shouting vs acronyms.
  ['complaint', 'WE ARE SORRY. Please DM us.', 'shouting'],
  // thanks and praise in capitals to a fan is warmth (QA); to a complaint, or with other words, it shouts
  ['praise', 'THANK YOU! This made our day.', ''],
  ['praise', 'AMAZING, thank you for sharing this', ''],
  ['complaint', "THANK YOU for your patience, we're sorry.", 'shouting'],
  ['praise', 'THANK YOU. NOW PLEASE STOP TAGGING US.', 'shouting'],
  ['complaint', 'Sorry, we did NOT lose your parcel.', 'shouting'],
  ['complaint', 'Sorry about this!!! Please DM us.', 'shouting'],
  ['complaint', 'Sorry! We will fix it! Promise! DM us!', 'shouting'],
  ['complaint', 'Sorry?! Please DM us.', 'shouting'],
  ['complaint', 'Sorry for the delay. Please DM us ASAP with your UK address, or see the FAQ.', ''],
  ['question', 'Yes: the EU, UK and USA models all do. See the FAQ or DM our HQ team.', ''],
  ['question', 'It is UNACCEPTABLE to ask that.', 'shouting'],
  ['brand', 'NVIDIA drivers support it, see our FAQ.', ''],
  ['question', 'NVIDIA drivers support it, see our FAQ.', 'shouting'],
  // the internet's acronyms are written in capitals: not shouting (QA: "LOL" was), even opening a sentence
  ['question', 'LOL yes, it charges over USB-C.', ''],
  ['question', 'OMG yes it does. TBH it is our favourite feature.', ''],
  ['question', 'IMO the 2024 model is the one. FYI it ships ASAP, BTW, DM us for a code.', ''],
  ['question', 'LMAO fair question: yes it does.', ''],
  ['question', 'LMFAO yes. AFAIK every model does, IMHO the best one.', ''],
  // in a run of capitals, or with one, still shouting
  ['question', 'LOL WE TOLD YOU ALREADY', 'shouting'],
  ['question', 'OMG STOP ASKING', 'shouting'],

  // --- Too long for the platform, or for a crisis reply.
  ['question', `Thanks for asking. ${'We can help. '.repeat(22)}`, 'too-long'],
  ['question', long(7), 'too-long'],
  ['question', long(3), ''],
  // four short sentences are short (QA: 22 words read as too long)
  ['question', long(4), ''],
  ['complaint', "I'm so sorry. That's not ok. We'll fix it. Please DM us and we will sort out your refund today, I promise.", ''],
  ['question', `Thanks for asking about this. ${'It does support fast and safe charging over the cable '.repeat(6)}`.trim(), 'too-long'],
  ['bluesky', 'a'.repeat(300), ''],
  ['bluesky', 'a'.repeat(301), 'too-long'],
  ['mastodon', `Thanks for asking. ${'x'.repeat(480)}`, ''],
  ['mastodon', `Thanks for asking. ${'x'.repeat(490)}`, 'too-long'],
  ['tiktok', `Thanks for asking. ${'yes '.repeat(34)}`, 'too-long'],
  ['linkedin', `Thanks for asking. ${'Yes. '.repeat(2)}`, ''],
  ['question', `Thanks! ${'😀'.repeat(136)}`, ''],
  ['question', `Thanks! ${'😀'.repeat(137)}`, 'too-long'],

  // --- Personal data.
  ['complaint', "Sorry! We'll check order #12345678 for you.", 'personal-data'],
  ['complaint', "Sorry! Your order no. AB-123456 is with the courier.", 'personal-data'],
  ['complaint', 'Sorry, please write to sam.patel@gmail.com for the refund.', 'personal-data'],
  ['complaint', 'Sorry! We will call you on +44 20 7946 0958 today.', 'personal-data'],
  ['complaint', 'Sorry, we called (555) 010-0134 but there was no answer.', 'personal-data'],
  ['complaint', 'Sorry, our driver went to 221B Baker Street twice.', 'personal-data'],
  ['complaint', 'Sorry, the parcel went to 1600 Pennsylvania Avenue by mistake.', 'personal-data'],
  ['complaint', 'Sorry, the card 4111 1111 1111 1111 was declined.', 'personal-data'],
  ['complaint', 'Sorry, booking ref: XK4-99812 shows as cancelled.', 'personal-data'],
  ['contacts', 'Please write to support@acme.com or call +1 800 555 0199 and we will help.', ''],
  ['contacts', 'You can also reach billing@help.acme.com.', ''],
  ['contacts', 'Or visit our store at 350 Fifth Avenue.', ''],
  ['contacts', 'Or visit our store at 1600 Pennsylvania Avenue.', 'personal-data'],
  ['question', 'Call me on +33 1 23 45 67 89 or 07911 123456.', 'personal-data'],
  ['question', 'Yes, call +1-202-555-0143 or 555.123.4567.', 'personal-data'],
  ['question', 'It shipped to 12 rue de Rivoli.', 'personal-data'],
  ['question', 'It shipped to Hauptstraße 5 in Berlin.', 'personal-data'],
  ['question', 'Yes, from version 2.4.1 on; we have sold 1 000 000 of them since 2019-2024.', ''],
  ['question', 'Yes, and the tracking number 1Z999AA10123456784 shows it.', 'personal-data'],
  ['contacts', 'Please write to support@acme.co and we will help.', 'personal-data'],
  ['question', 'Yes, since 2024-05-01 all models do, and at 3.5 times the speed.', ''],
  ['question', 'Hi @sam@mastodon.social, yes it does.', ''],
  ['question', 'It has 3 easy ways to charge.', ''],
  // A card's last digits and postcodes.
  ['complaint', "Sorry! I've refunded the card ending 4242.", 'personal-data'],
  ['complaint', 'Sorry, your Visa ending in 4242 was charged twice.', 'personal-data'],
  ['complaint', 'Sorry, the last four digits are 4242, is that right?', 'personal-data'],
  ['complaint', 'Sorry, card **** 4242 was declined.', 'personal-data'],
  ['complaint', 'Sorry! Your postcode SW1A 1AA is on file.', 'personal-data'],
  ['complaint', 'Sorry, the courier went to M1 1AE instead.', 'personal-data'],
  ['complaint', 'Sorry, your postcode sw1a 1aa is on file.', 'personal-data'],
  ['complaint', 'Sorry, it went to San Francisco, CA 94105-1234.', 'personal-data'],
  ['question', 'Yes, from version 4242 on, and in room 12 of our store.', ''],
  ['question', 'Yes, we have sold 4242 of them. The M2 1TB and the PS5 4GB models too.', ''],
  ['question', 'Yes, part 12345-6789 fits; see the last 4 pages of the guide.', ''],
  ['question', 'Yes, it works with any card ending in a chip.', ''],

  // --- Confidential terms.
  ['confidential', "Sorry, we can't talk about Project Falcon yet.", 'confidential'],
  ['confidential', 'Sorry, the project falcon team is on it.', 'confidential'],
  ['confidential', 'Sorry! The Q3 results are not out yet.', 'confidential'],
  ['confidential', 'Sorry! Halvorsen will reply.', 'confidential'],
  ['confidential', 'Sorry, a falcon flew into the depot.', ''],
  ['confidential', 'Sorry, Halvorsens are not involved.', ''],

  // --- Acknowledgement.
  ['complaint', 'Please send us a DM.', 'no-acknowledgement'],
  ['complaint', 'Your parcel is on its way and should arrive tomorrow.', 'no-acknowledgement'],
  ['question', 'Please send us a DM.', ''],

  // --- The incident's approval step.
  ['incident', "I'm really sorry about this. Please DM us so we can help.", 'needs-approval'],
  ['incident', 'Calm down.', 'dismissive needs-approval no-acknowledgement'],
  ['incident', "We know, we're looking into it, more soon.", ''],
  ['calm', "I'm really sorry about this. Please DM us so we can help.", ''],

  // --- Making light of harm, doubting their handling, asking for their data in public.
  ['harm', 'Sorry for the inconvenience.', 'dismissive'],
  ['harm', 'We apologise for any inconvenience caused. Please DM us.', 'dismissive'],
  ['harm', "This is far more than an inconvenience and we're so sorry. Please DM us.", ''],
  ['complaint', "Sorry for the inconvenience, it's on its way.", ''],
  ['harm', 'We are so sorry. "Sorry for the inconvenience" would not begin to cover this.', ''],
  ['harm', "We're sorry to hear this. Please check you used it correctly.", 'defensive'],
  ['harm', 'Sorry about this. Did you follow the instructions?', 'defensive'],
  ['harm', "We're sorry. When used as directed, our kettles are safe.", 'defensive'],
  ['harm', "We're so sorry. Even when used as directed it should never do that. Please DM us.", ''],
  ['complaint', 'Sorry! Please make sure you follow the steps in the email we sent.', ''],
  ['question', 'The filter lasts three months when used as directed.', ''],
  ['complaint', "So sorry about this. Please reply with your order number and we'll look into it.", 'personal-data'],
  ['complaint', "So sorry. Please DM us your order number and we'll sort it.", ''],

  // --- Denying the fault on the brand's side, closing the matter, asking patience of someone upset.
  ['complaint', "Sorry, we've checked and there's no issue on our end.", 'defensive'],
  ['complaint', 'Sorry, everything looks fine on our side.', 'defensive'],
  ['complaint', "Sorry! The delay isn't on our end, the courier is behind.", 'defensive'],
  ['complaint', "We're sorry, this was a bug on our end and it's fixed now.", ''],
  ['complaint', "Sorry. This is the third time you've posted this.", 'dismissive'],
  ['complaint', "Sorry, but we've already responded.", 'dismissive'],
  ['complaint', "Sorry! We've already replied to your DM, please check your inbox.", ''],
  ['complaint', 'Sorry, you keep asking and we keep failing you. Here is the fix.', ''],
  ['complaint', 'Sorry, please be patient.', 'dismissive'],
  ['complaint', "I'm sorry, I know it's hard to be patient after this. A fix is coming tonight.", ''],
  ['question', "Please be patient, we'll reply soon.", ''],

  // --- Their offence laughed off, a stand taken against the backlash, the fault put on their side.
  ['advert', "It was just a joke, we're sorry.", 'dismissive'],
  ['advert', 'Sorry, we didn\'t mean to offend anyone.', 'dismissive'],
  ['advert', 'Lighten up, it\'s satire.', 'dismissive no-acknowledgement'],
  ['advert', "We're sorry. It was meant as a joke, and it clearly wasn't one. The ad is gone.", ''],
  ['advert', "It was just a joke to us, and there's no excuse for that. We're sorry.", ''],
  ['advert', 'We stand by our campaign.', 'defensive no-acknowledgement'],
  ['advert', 'We stand by nurses, and we got this wrong. The ad is gone.', ''],
  ['account', 'Your account is secure, the problem must be on your end.', 'defensive no-acknowledgement'],
  ['account', "We're sorry. Could you check the app is up to date on your end, and DM us?", ''],
  ['account', "We're sorry. Our systems were not breached.", 'overpromise'],
  ['account', "We're sorry. No customer data was accessed.", 'overpromise'],
  ['account', "We're sorry, that's worrying. We have no sign so far that any data was accessed, and we're checking.", ''],

  // --- A cheerful face to someone upset; what it means to them, named, acknowledges.
  ['complaint', "Hey! Sorry about that, it's on its way now 😊", 'dismissive'],
  ['complaint', 'Sorry, we are on it 🙏', ''],
  ['praise', 'Thank you so much 😊', ''],
  ['complaint', 'We know how important this is to you. An update will follow by 2pm.', ''],
  ['complaint', 'I realise this has been stressful. Here is what we are doing next.', ''],

  // --- The blame passed to a partner; owned, it is not.
  ['complaint', "Sorry, that's down to the courier, not us.", 'defensive'],
  ["complaint", "We're sorry, but the courier is responsible for lost parcels.", 'defensive'],
  ['complaint', "We're so sorry. This was caused by our courier, but that's on us to fix and we will today.", ''],
  ['complaint', "Sorry, it's not us who decides the route, it's our planning team, and we'll ask them today.", ''],

  // --- A plain question is answered, not consoled; the same words in anger need the acknowledgement.
  ['recallQuestion', 'Batches 2401 to 2409 are affected; the full list is on our website.', ''],
  ['recallAnger', 'Batches 2401 to 2409 are affected; the full list is on our website.', 'no-acknowledgement'],

  // --- Several at once.
  ['complaint', 'ACTUALLY you should have read the FAQ!!! Email me at sam@example.org', 'arguing defensive no-acknowledgement personal-data shouting'],
  ['complaint', '', ''],
  ['complaint', '   ', ''],
];

describe('analyzeDraft acceptance table', () => {
  test('has at least 80 drafts', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  test.each(ROWS)('[%s] %j → "%s"', (contextName, draft, expected) => {
    const findings = analyzeDraft(draft, CONTEXTS[contextName]);
    expect(findingCodes(findings)).toBe(expected.split(' ').filter(Boolean).sort().join(' '));
  });
});
