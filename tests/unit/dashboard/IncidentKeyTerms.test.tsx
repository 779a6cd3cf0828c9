// @vitest-environment happy-dom
// The post-mortem's key terms say what the incident was about: its own mentions (the hour before it to
// its end) against the week before, whatever range or platform the dashboard shows at the moment.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';
import { mention } from './mention';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.now();
const STARTED = NOW - 72 * HOUR;


// A week of ordinary talk before the incident.
const BEFORE = [
  'Brewly delivery was two days late again',
  'The Brewly app keeps logging me out',
  'Waited twenty minutes on the Brewly helpline',
  'Brewly Mini lid is hard to open',
  'Love my Brewly Pro, best flat white',
].map((text, index) => mention(`before-${index}`, STARTED - (2 + index) * HOUR, { excerpt: text, sentiment: 'neutral' }));
// The incident: the wave began in the hour before it was declared.
const DURING = [
  'My Brewly Pro base sparked and the counter is scorched',
  'Brewly Pro base overheating, someone is going to get hurt',
  'Scorched counter again from the Brewly Pro base. Recall it.',
  'The base of my Brewly Pro melted on the counter',
].map((text, index) => mention(`during-${index}`, STARTED - 50 * MIN + index * 20 * MIN, { excerpt: text }));
// Today, long after it: what the dashboard's own view is about.
const TODAY = [
  'Brewly subscription price went up again, cancelling my subscription',
  'Another subscription price hike from Brewly',
  'The Brewly subscription price is a joke now',
].map((text, index) => mention(`today-${index}`, NOW - (index + 1) * 10 * MIN, { excerpt: text }));

const keyTermsRow = (root: HTMLElement) =>
  root.querySelector('[data-testid="post-mortem-markdown"]')?.textContent?.split('\n').find((line) => line.startsWith('| Key terms |')) ?? '';

beforeEach(async () => {
  useEnglishMessages();
  await Promise.all([database().incidents.clear(), database().mentions.clear()]);
});
afterEach(unmountAll);

describe('post-mortem key terms', () => {
  test('come from the incident’s own window, not from what the dashboard shows', async () => {
    const incident = resolveIncident(declareIncident(createDefaultPlan(), { title: 'Overheating base', level: 'crisis' }, STARTED), STARTED + 2 * HOUR, 'Recall');
    await database().incidents.put(incident);
    await database().mentions.bulkPut([...BEFORE, ...DURING, ...TODAY]);

    const root = await mount(<IncidentSection ownWords={new Set(['brewly'])} />);
    await vi.waitFor(() => expect(root.querySelector('.incident-section strong')?.textContent).toBe('Overheating base'));
    await click(buttonNamed(root, 'Show the report'));
    await vi.waitFor(() => expect(keyTermsRow(root)).not.toBe(''));

    const row = keyTermsRow(root);
    expect(row).toContain('base');
    expect(row).toContain('counter');
    expect(row).not.toMatch(/subscription|price/);
  });

  test('a report whose figures were kept shows them, though the mentions they counted are gone (retention, QA)', async () => {
    const incident = resolveIncident(declareIncident(createDefaultPlan(), { title: 'Overheating base', level: 'crisis' }, STARTED), STARTED + 2 * HOUR, 'Recall');
    const figures = { peakMentionsPerHour: 412, peakAt: STARTED, totalMentions: 977, negativeShare: 0.68, baselineNegativeShare: 0.21, platforms: [{ platform: 'x', mentions: 977, negativeShare: 0.68 }], keyTerms: ['scorched counter'] };
    await database().incidents.put({ ...incident, figures });

    const root = await mount(<IncidentSection ownWords={new Set(['brewly'])} />);
    await vi.waitFor(() => expect(root.querySelector('.incident-section strong')?.textContent).toBe('Overheating base'));
    await click(buttonNamed(root, 'Show the report'));
    await vi.waitFor(() => expect(keyTermsRow(root)).not.toBe(''));
    const report = root.querySelector('[data-testid="post-mortem-markdown"]')!.textContent!;
    expect(keyTermsRow(root)).toContain('scorched counter');
    expect(report).toContain('977');
    expect(report).not.toContain('No mentions recorded');
  });
});
