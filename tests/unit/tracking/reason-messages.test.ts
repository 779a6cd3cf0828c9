// An alert's reason is written in the words it is given: the locale file's in the worker (reason.* in
// assets/locales/en.yml), English by default where there is no browser (the benchmark, these tests).
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY_MS, HOUR_MS } from '@/utils/tracking/baseline';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import {
  detectSpikes,
  ENGLISH_REASON_MESSAGES,
  evaluateSpikes,
  formatReason,
  spikeStatus,
  type AlertEvidence,
  type ReasonMessages,
  type SpikeDetectorState,
  type SpikeTrigger,
} from '@/utils/tracking/detect';
import { evaluateListening, type ListeningDeps } from '@/utils/tracking/listening';
import { recordMentions } from '@/utils/tracking/mentions';
import { localeReasonMessages } from '@/utils/tracking/reason-messages';
import { generateSeries } from '@/utils/tracking/synthetic';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { useEnglishMessages, usePseudoMessages } from '../messages';
import { brandMention } from './mention';

const balanced = PRESET_THRESHOLDS.balanced;

/** A message set in other words than English's: what a French locale file would give. */
const FRENCH: ReasonMessages = {
  count: (value) => value.toLocaleString('fr'),
  lastHours: (hours) => (hours === 1 ? 'la dernière heure' : `les ${hours} dernières heures`),
  lastMinutes: (minutes) => (minutes === 1 ? 'la dernière minute' : `les ${minutes} dernières minutes`),
  lastHoursAndMinutes: (hours, minutes) => `les dernières ${hours} h ${minutes}`,
  timesNormal: (multiple) => `${multiple.replace('.', ',')} fois la normale`,
  noneExpected: () => 'aucune attendue',
  volume: (mentions, window, volume) => `${mentions} mention${mentions > 1 ? 's' : ''} dans ${window}, ${volume}`,
  negativeShare: (percent, normalPercent) => `${percent} % négatives contre ${normalPercent} % d’habitude`,
  negativeShareIn: (percent, normalPercent, window) => `${percent} % négatives contre ${normalPercent} % d’habitude dans ${window}`,
  negativesOf: (negatives, mentions, volume) => `${negatives} sur ${mentions} mention${mentions > 1 ? 's' : ''}, volume ${volume}`,
  about: (terms) => `sujets : ${terms}`,
  partSeparator: () => ' ; ',
  listSeparator: () => ' / ',
  onePlatform: (platform, reason) => `${platform} : ${reason}`,
  alsoRaised: (platform, reason, others) => `${platform} : ${reason} ; aussi ${others}`,
  otherPlatform: (platform, level) => `${platform} (${level === 'crisis' ? 'crise' : 'vigilance'})`,
};

const evidence = (overrides: Partial<AlertEvidence> = {}): AlertEvidence => ({
  trigger: 'volume',
  windowMinutes: 60,
  mentions: 412,
  expectedMentions: 80.8,
  negatives: 280,
  normalNegativeShare: 0.21,
  ...overrides,
});

describe('formatReason in the words it is given', () => {
  test.each<[string, Partial<AlertEvidence>, string[], string]>([
    ['volume, with key terms', {}, ['refund', 'recall'], '412 mentions dans la dernière heure, 5,1 fois la normale ; 68 % négatives contre 21 % d’habitude ; sujets : refund / recall'],
    ['a share jump leads with the share', { trigger: 'negative-share', windowMinutes: 30, mentions: 100, expectedMentions: 95, negatives: 47 }, [], '47 % négatives contre 21 % d’habitude dans les 30 dernières minutes ; 47 sur 100 mentions, volume 1,1 fois la normale'],
    ['one mention, none expected, two hours', { windowMinutes: 120, mentions: 1, expectedMentions: 0, negatives: 0 }, [], '1 mention dans les 2 dernières heures, aucune attendue ; 0 % négatives contre 21 % d’habitude'],
    ['the long window, a rounded multiple', { windowMinutes: 190, mentions: 300, expectedMentions: 12, negatives: 60 }, [' '], '300 mentions dans les dernières 3 h 10, 25 fois la normale ; 20 % négatives contre 21 % d’habitude'],
  ])('%s', (_name, overrides, terms, expected) => {
    expect(formatReason(evidence(overrides), terms, FRENCH)).toBe(expected);
  });
});

describe('the detector writes its reasons in the words it is given', () => {
  test('alerts and the status', () => {
    const start = Date.UTC(2024, 0, 1);
    const buckets = generateSeries({
      seed: 7,
      start,
      days: 10,
      platforms: [{ platform: 'x', meanPerHour: 400, negativeShare: 0.2, bursts: [{ shape: 'sudden-5x', start: start + 9 * DAY_MS + 14 * HOUR_MS + 7 * 60_000 }] }],
    }).buckets;
    const alerts = detectSpikes(buckets, balanced, { messages: FRENCH });
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      expect(alert.reason).toBe(formatReason(alert.evidence, [], FRENCH));
      expect(alert.reason).toMatch(/ dans (la dernière|les \d+ dernières) /);
    }

    const firstAlert = alerts[0]!.time;
    const { state } = evaluateSpikes(null, buckets.filter((b) => b.bucketStart < firstAlert), firstAlert, balanced, { messages: FRENCH });
    const status = spikeStatus(state, { messages: FRENCH, keyTerms: { x: ['remboursement', 'rappel'] } })[0]!;
    expect(status.level).not.toBe('normal');
    expect(status.reason).toMatch(/ dans .* ; sujets : remboursement \/ rappel$/);
  });
});

describe('the listening loop writes its reasons in the words it is given', () => {
  const NOW = Date.UTC(2026, 10, 23, 14, 2, 0);
  const mention = (id: string, time: number, negative: boolean, platform: Mention['platform'] = 'x'): Mention =>
    brandMention(id, time, negative, { excerpt: 'just a normal post about the brand', platform });
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('reason-messages-test');
  });

  test('the alert, its record, the notification and the status naming another platform raised', async () => {
    const quiet: Mention[] = [];
    for (let hour = 14 * 24; hour >= 1; hour--) {
      for (let i = 0; i < 12; i++) {
        for (const platform of ['x', 'reddit'] as const) quiet.push(mention(`${platform}${hour}-${i}`, NOW - hour * HOUR_MS + i * 5 * 60_000, i % 5 === 0, platform));
      }
    }
    await recordMentions(db, quiet);
    let state: SpikeDetectorState | null = null;
    const notify = vi.fn<ListeningDeps['notify']>(async () => undefined);
    const deps = (now: number): ListeningDeps => ({
      db,
      now,
      thresholds: balanced,
      messages: FRENCH,
      loadState: async () => state,
      saveState: async (next) => void (state = structuredClone(next)),
      saveStatus: async () => undefined,
      showLevel: async () => undefined,
      notify,
    });
    await evaluateListening(deps(NOW));
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`wx${i}`, NOW + i * 10_000, true)));
    const raised = await evaluateListening(deps(NOW + 8 * 60_000));
    expect(raised.alerts).toHaveLength(1);
    const frenchReason = /^\d+ mentions dans les \d+ dernières minutes, [\d,]+ fois la normale ; \d+ % négatives contre \d+ % d’habitude$/;
    expect(raised.alerts[0]!.reason).toMatch(frenchReason);
    // The status names the platform whose figures they are, in the given words too.
    expect(raised.status.reason).toBe(`X : ${raised.alerts[0]!.reason}`);
    expect((await db.alerts.toArray()).map((record) => record.reason)).toEqual([raised.alerts[0]!.reason]);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ reason: raised.alerts[0]!.reason }));

    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`wr${i}`, NOW + 3 * 60_000 + i * 10_000, true, 'reddit')));
    const both = await evaluateListening(deps(NOW + 12 * 60_000));
    expect(both.status.reason).toMatch(/^Reddit : \d+ mentions dans .* ; aussi X \((vigilance|crise)\)$/);
  });
});

describe('the worker’s messages come from the locale file', () => {
  const triggers: SpikeTrigger[] = ['volume', 'negative-share', 'volume-and-negative-share'];
  const cases: Array<[AlertEvidence, string[]]> = [];
  for (const trigger of triggers) {
    for (const windowMinutes of [5, 10, 15, 30, 60, 120, 180, 190, 235]) {
      for (const [mentions, negatives] of [[0, 0], [1, 1], [2, 1], [412, 280]] as const) {
        for (const expectedMentions of [0, 0.4, 80.8]) {
          cases.push([evidence({ trigger, windowMinutes, mentions, negatives, expectedMentions }), mentions === 412 ? ['refund', 'recall'] : []]);
        }
      }
    }
  }

  test('en.yml says exactly what the English default says', () => {
    useEnglishMessages();
    for (const [e, terms] of cases) expect(formatReason(e, terms, localeReasonMessages)).toBe(formatReason(e, terms));
    // The pinned example, read through the locale file.
    expect(formatReason(evidence(), ['refund', 'recall'], localeReasonMessages)).toBe(
      '412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally; about: refund, recall',
    );
    for (const n of [1, 2, 3]) expect(localeReasonMessages.lastHours(n)).toBe(ENGLISH_REASON_MESSAGES.lastHours(n));
    for (const n of [1, 5]) expect(localeReasonMessages.lastMinutes(n)).toBe(ENGLISH_REASON_MESSAGES.lastMinutes(n));
    for (const level of ['watch', 'crisis'] as const) {
      expect(localeReasonMessages.otherPlatform('X', level)).toBe(ENGLISH_REASON_MESSAGES.otherPlatform('X', level));
    }
    expect(localeReasonMessages.alsoRaised('Reddit', 'r', 'X (crisis)')).toBe(ENGLISH_REASON_MESSAGES.alsoRaised('Reddit', 'r', 'X (crisis)'));
    expect(localeReasonMessages.onePlatform('X', 'r')).toBe(ENGLISH_REASON_MESSAGES.onePlatform('X', 'r'));
  });

  test('every word is the locale file’s (pseudo-locale: no Latin letter but the page’s key terms)', () => {
    usePseudoMessages();
    for (const [e, terms] of cases) {
      const reason = formatReason(e, terms, localeReasonMessages);
      expect(reason.replace(/refund|recall/g, '')).not.toMatch(/[A-Za-z]/);
    }
    const also = localeReasonMessages.alsoRaised('Reddit', 'r', localeReasonMessages.otherPlatform('X', 'crisis'));
    expect(also.replace(/Reddit|X|r/g, '')).not.toMatch(/[A-Za-z]/);
    expect(localeReasonMessages.onePlatform('X', 'r').replace(/X|r/g, '')).not.toMatch(/[A-Za-z]/);
  });

  test('a key term with " | " in it is data: it never picks a plural form', () => {
    useEnglishMessages();
    expect(formatReason(evidence({ mentions: 1, negatives: 1, expectedMentions: 0 }), ['price | hike'], localeReasonMessages)).toBe(
      '1 mention in the last hour, none expected; 100% negative vs 21% normally; about: price | hike',
    );
  });
});

describe('counts are written with the UI language’s grouping', () => {
  const big = evidence({ mentions: 12412, negatives: 7944, expectedMentions: 1000 });
  const share = evidence({ trigger: 'negative-share', mentions: 12412, negatives: 5000, expectedMentions: 10 });

  test('the English default: "12,412 mentions", "5,000 of 12,412", "1,241× normal"', () => {
    expect(formatReason(big)).toBe('12,412 mentions in the last hour, 12× normal; 64% negative vs 21% normally');
    expect(formatReason(share)).toBe('40% negative vs 21% normally in the last hour; 5,000 of 12,412 mentions, volume 1,241× normal');
    // Below a thousand nothing changes.
    expect(formatReason(evidence())).toBe('412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally');
  });

  test('the locale file’s words with the browser’s UI language: German groups with "."', () => {
    useEnglishMessages();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    expect(formatReason(big, [], localeReasonMessages)).toBe('12.412 mentions in the last hour, 12× normal; 64% negative vs 21% normally');
    expect(formatReason(share, [], localeReasonMessages)).toBe('40% negative vs 21% normally in the last hour; 5.000 of 12.412 mentions, volume 1.241× normal');
  });

  test('English grouping where the UI language is unknown or cannot be read', () => {
    useEnglishMessages();
    // The fake browser's getUILanguage throws, as an API missing would.
    expect(formatReason(big, [], localeReasonMessages)).toBe('12,412 mentions in the last hour, 12× normal; 64% negative vs 21% normally');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('not a language!');
    expect(formatReason(big, [], localeReasonMessages)).toBe('12,412 mentions in the last hour, 12× normal; 64% negative vs 21% normally');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('');
    expect(formatReason(big, [], localeReasonMessages)).toBe('12,412 mentions in the last hour, 12× normal; 64% negative vs 21% normally');
  });
});
