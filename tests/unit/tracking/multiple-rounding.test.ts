// The multiple is written with one decimal below 10× and whole from 10× on, but the switch looks at the
// unrounded ratio: 9.96× is written "10.0× normal" while 10.04× is "10× normal" — the same figure two ways,
// and a ".0" the format never otherwise shows.
import { expect, test } from 'vitest';
import { formatReason, type AlertEvidence } from '@/utils/tracking/detect';

const evidence = (mentions: number, expectedMentions: number): AlertEvidence => ({
  trigger: 'volume',
  windowMinutes: 60,
  mentions,
  expectedMentions,
  negatives: 0,
  normalNegativeShare: 0.2,
});

test('a multiple that rounds to 10 is written as 10×, like 10.04×', () => {
  expect(formatReason(evidence(1004, 100))).toMatch(/^1,004 mentions in the last hour, 10× normal;/);
  expect(formatReason(evidence(996, 100))).toMatch(/^996 mentions in the last hour, 10× normal;/);
});
