import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BrandRules, SentimentLabel } from './analysis';
import type { DeclareInput, Incident } from './plan/incident';
import type { PlatformId } from './platforms/types';
import type { SendResult } from './sources/webhooks';
import type { CrisisLevel } from './tracking/levels';
import type { RecordResult, ReportedPost } from './tracking/posts';
import type { PostVerdict } from './tracking/verdict';

export interface CorrectionMessage {
  platform: PlatformId;
  postId: string;
  text: string;
  label: SentimentLabel;
  previous: SentimentLabel;
}

/**
 * The one typed protocol between Firebreak's contexts. Each message's name says which way it
 * travels: `content→background`, `page→background` (popup, options, dashboard).
 */
export interface ProtocolMap {
  /** The content script found and analysed posts; the background stores them (and the brand mentions). */
  'content→background:postsSeen'(posts: ReportedPost[]): RecordResult;
  /** The user corrected a label; answers with the brand rules that now apply. */
  'content→background:correction'(correction: CorrectionMessage): BrandRules;
  /**
   * Posts' texts the content script found; answers with each one's verdict, in order (the analysis
   * runs in the worker, off the page's main thread). At most MAX_JUDGED_PER_MESSAGE texts.
   */
  'content→background:judge'(texts: string[]): PostVerdict[];
  /** The brand rules (user lexicon + learned from corrections) the analyser applies. */
  'content→background:analysisRules'(): BrandRules;
  /** How many posts the adapter found on this visit. */
  'content→background:health'(health: { platform: PlatformId; postsFound: number }): void;
  /** Deletes every stored mention, post, alert, correction and the learned baseline. */
  'page→background:wipe'(): void;
  /** Declares an incident (from the popup or the dashboard); answers with it. */
  'page→background:declareIncident'(input: DeclareInput): Incident;
  /** Ticks or unticks a checklist step of an incident, for a role. */
  'page→background:setStep'(change: { incidentId: string; stepId: string; done: boolean; byRoleId: string }): Incident | undefined;
  'page→background:addNote'(note: { incidentId: string; text: string }): Incident | undefined;
  'page→background:renameIncident'(rename: { incidentId: string; title: string }): Incident | undefined;
  /** The incident's public wording of the issue ({issue}); empty clears it. */
  'page→background:setIncidentIssue'(change: { incidentId: string; issue: string }): Incident | undefined;
  /** A text handed out (copied) promised the next public update by `at` ({nextUpdate}): kept on the incident. */
  'page→background:promiseUpdate'(promise: { incidentId: string; at: number }): Incident | undefined;
  'page→background:resolveIncident'(change: { incidentId: string; summary?: string }): Incident | undefined;
  /** Reopens a resolved incident; refused (an error saying why) while another incident is open. */
  'page→background:reopenIncident'(change: { incidentId: string; reason?: string }): Incident | undefined;
  /** The reply coach put a reply into a box: logged on the incident's timeline as drafted (Firebreak never posts, so it is no response). */
  'content→background:replyInserted'(reply: { platform: PlatformId; postId: string; text: string }): void;
  /** Posts the popup's internal update to the team's chat (team alerts must be on). */
  'page→background:teamUpdate'(update: { text: string; level: CrisisLevel }): SendResult;
  /**
   * The open incident's part in the public texts, null when none is open: the coach then reminds of the
   * plan's approval step, and fills {issue} and {nextUpdate} as the popup does.
   */
  'content→background:openIncident'(): Pick<Incident, 'issue' | 'updatePromisedAt'> | null;
  /** The coach inserted a text promising the next public update by `at`: kept on the open incident. */
  'content→background:updatePromised'(promise: { at: number }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
