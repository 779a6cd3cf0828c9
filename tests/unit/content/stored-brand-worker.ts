import { vi } from 'vitest';
import { sendMessage } from '@/utils/messaging';
import { brandProfile } from '@/utils/settings';
import { compileBrandMatcher } from '@/utils/tracking/brand';
import { judgeText } from '@/utils/tracking/verdict';

/** The rules a page is given: no lexicon, no corrections. */
export const RULES = { overrides: {}, lexicon: {} };

/**
 * Answers the page's messages as the worker does, judging with the brand as it is stored now (as
 * judge-service does). The test file must mock '@/utils/messaging' (`vi.mock` is hoisted per file).
 */
export function answerAsWorker(): void {
  vi.mocked(sendMessage).mockImplementation((async (type: string, data: unknown) => {
    if (type === 'content→background:analysisRules') return RULES;
    if (type === 'content→background:judge') {
      const matcher = compileBrandMatcher(await brandProfile.getValue());
      return (data as string[]).map((text) => judgeText(text, RULES, matcher));
    }
    return type === 'content→background:openIncident' ? null : undefined;
  }) as unknown as typeof sendMessage);
}
