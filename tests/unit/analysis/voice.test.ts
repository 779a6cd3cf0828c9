// The brand's own voice and who cancels (QA pass of 2 December): the brand's apologies read as replies,
// not complaints; its safety notice's "stop using them" is no boycott; "Acme cancelled my order" is the
// brand's doing, not the writer leaving; and a boycott call settles a post whose words run both ways
// even with a "but" in it.
import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';
import { brandVoice, toldAsNews } from '@/utils/analysis/voice';
import { runEngine } from '@/utils/analysis/engine';

const voiceOf = (text: string) => { const { tokens, terms } = runEngine(text); return brandVoice(tokens, terms); };

describe('brandVoice', () => {
  test.each([
    ["Maya, we're sorry. This isn't OK. Please DM us your ticket number and a person will call you today.", true, true],
    ['@danareyes so sorry Dana, we\'ve sent you a DM to sort this out today.', true, true],
    ["Priya, thank you for raising this. You're right, and we're sorry. The KX-200 recall update is here: acme.example/recall", true, true],
    ['Hi Sam, sorry to hear that. Please DM us your booking reference and we\'ll look into it right away.', true, true],
    // a statement committing the brand to act: it speaks, but replies to no one
    ["We know some KX-200 kettles are overheating. Please stop using them; we're looking into it and will post an update within 24 hours.", false, true],
    // customers: sorry with no offer, an offer with no sorry, neither
    ["I'm so sorry but this is the worst kettle I've ever owned.", false, false],
    ['Sent. Third DM this week. Please don\'t close it again.', false, false],
    ['My order number is 4411 and it still has not shipped.', false, false],
    ['Acme cancelled my order twice and support keeps closing my ticket.', false, false],
    // a customer quoting the brand's reply, or retelling it after a word of saying, is no reply
    ['Every reply from @Voltline is "sorry for the inconvenience, please DM us your order number" and then nothing.', false, false],
    ["Three weeks of “we're looking into it” and still no refund.", false, false],
    ["Support keeps saying we're looking into it. It's been a month.", false, false],
    ['They told me sorry for the inconvenience, DM us your order number. Did that twice.', false, false],
    ["The reply: we apologise, please email us. Nobody did.", false, false],
    // the brand quoting no one: its own words, with a quoted product name
    ["We're sorry, Sam. The \"Flex\" plan change was our mistake; please DM us your account number.", true, true],
  ])('%s → reply %s, speaks %s', (text, reply, speaks) => {
    expect(voiceOf(text)).toEqual({ reply, speaks });
  });
});

describe('analyze: the brand speaking', () => {
  test.each([
    "Maya, we're sorry. This isn't OK. Please DM us your ticket number and a person will call you today.",
    "Hi Maya, we're so sorry — that's not the experience we want for you. Could you DM us your ticket number? A person from our team will pick it up today.",
    "@danareyes so sorry Dana, we've sent you a DM to sort this out today.",
    "Priya, thank you for raising this. You're right, and we're sorry. The KX-200 recall update is here: acme.example/recall",
    "@dana.reyes we hear you, and we're sorry this feels like a cut. Can we DM you the details of the bonus?",
  ])('a service reply is neutral, not a complaint: %s', (text) => {
    const result = analyze(text);
    expect(result.label).toBe('neutral');
    // "ticket", "order", "number" in a reply are no service complaint.
    expect(result.signals.filter((signal) => signal === 'complaint:service' || signal === 'boycott')).toEqual([]);
  });

  test('thanks in a reply stays positive', () => {
    expect(analyze("Thank you so much for the kind words, Dana! We're so glad you love it. DM us if you ever need anything.").label).toBe('positive');
  });

  test("the brand's safety notice: a product problem, no call to boycott, no service complaint", () => {
    const result = analyze("We know some KX-200 kettles are overheating. Please stop using them; we're looking into it and will post an update within 24 hours.");
    expect(result.signals).toContain('complaint:product');
    expect(result.signals).not.toContain('boycott');
    expect(result.signals).not.toContain('complaint:service');
  });

  test("a customer quoting the brand's canned reply is still complaining", () => {
    const result = analyze('Every reply from @Voltline is "sorry for the inconvenience, please DM us your order number" and then nothing. Driver threw my parcel over the fence.');
    expect(result.label).toBe('negative');
    expect(result.signals).toContain('complaint:employee');
  });

  test('a customer who is sorry is still complaining', () => {
    const result = analyze("I'm so sorry but this is the worst kettle I've ever owned. Broken after two days.");
    expect(result.label).toBe('negative');
    expect(result.signals).toContain('complaint:product');
  });
});

describe('analyze: who cancels', () => {
  test.each([
    ['Acme cancelled my order twice and support keeps closing my ticket.', false],
    ['Ordered a kettle on May 12. Cancelled on the 14th without explanation, reordered, cancelled again. Awful.', false],
    ['My flight got cancelled and nobody told me. Terrible.', false],
    ['Terrible service. I just cancelled my order and I am never coming back.', true],
    ["Awful update. I've cancelled.", true],
    ['This app is garbage now. Time to cancel.', true],
    ['Worst price hike ever. Cancel your subscriptions, everyone.', true],
  ] as const)('%s → boycott %s', (text, boycott) => {
    expect(analyze(text).signals.includes('boycott')).toBe(boycott);
  });
});

test('a boycott call settles a post whose words run both ways, a "but" in it or not', () => {
  const text =
    'Long story, but here goes. I have been a loyal Acme Coffee customer for six years, through two moves and one very long winter, and I have recommended the shop to everyone I know. Last week I ordered the holiday gift box for my parents. It was charged twice, it shipped to my old address even though the account shows the new one, and the support chat closed my ticket without a single answer. I am not angry, I am tired. I would like a refund for the duplicate charge and for someone to actually read the messages I sent. Until then I am telling friends to hold off on ordering.';
  const result = analyze(text);
  expect(result.signals).toContain('boycott');
  expect(result.label).toBe('negative');
});

describe('analyze: asking again and again', () => {
  test.each([
    ["Sent. Third DM this week. Please don't close it again.", true],
    ['This is my fourth email about this.', true],
    ["Please don't close my ticket again.", true],
    ['Third email this week and still nothing from @acme', true],
    // counted neither as the writer's nor against the calendar: no complaint
    ['Our third call with the team went great, thanks!', false],
    ['The third message in the series is my favourite.', false],
  ] as const)('%s → service complaint %s', (text, complaint) => {
    const result = analyze(text);
    expect(result.signals.includes('complaint:service')).toBe(complaint);
    expect(result.label === 'negative').toBe(complaint);
  });
});

describe('analyze: service praised after a complaint nothing put right', () => {
  test.each([
    ['@QuickhopRides driver cancelled on me 4 times in a row at 1am in the rain. Brilliant service.', 'negative', true],
    ['My parcel never arrived. Great service.', 'negative', true],
    // put right, or praise of its own: meant
    ['Had an issue with my order but they sorted it in minutes. Great service.', 'positive', false],
    ['Great service, great coffee.', 'positive', false],
  ] as const)('%s → %s, sarcasm %s', (text, label, sarcasm) => {
    const result = analyze(text);
    expect(result.label).toBe(label);
    expect(result.signals.includes('sarcasm')).toBe(sarcasm);
  });
});

describe('told as news: a crisis phrase in a report names the event, not a complaint of the writer', () => {
  const toldOf = (text: string) => toldAsNews(runEngine(text).tokens);
  test.each([
    ['Greybird Air cancels 60 flights after a staff shortage', true],
    ['Reuters: Dunmore Bank confirms a breach affecting 40,000 customers', true],
    ['Tellco recalls two batches of baby wipes over mould', true],
    // a writer speaking, a question, an exclamation, an emoji, no verb of reporting, too short
    ['Greybird Air cancels 60 flights and I am stuck in Faro', false],
    ['Greybird Air cancels 60 flights, will yours be one of them?', false],
    ['Greybird Air cancels 60 flights again!', false],
    ['Greybird Air cancels 60 flights again 🙃', false],
    ['Greybird Air lost sixty bags at Faro on Monday', false],
    ['Greybird cancels flights', false],
  ])('%s → %s', (text, told) => {
    expect(toldOf(text)).toBe(told);
  });

  test('the signal holds, but its phrase adds no weight of complaint to the report', () => {
    const report = analyze('Greybird Air cancels 60 flights after a staff shortage');
    expect(report.signals).toContain('complaint:service');
    expect(report.reasons.map((reason) => reason.text)).not.toContain('cancels 60 flights');
    const complaint = analyze('Greybird Air cancels 60 flights and I am stuck in Faro with two kids');
    expect(complaint.signals).toContain('complaint:service');
    expect(complaint.reasons.map((reason) => reason.text)).toContain('cancels 60 flights');
  });
});
