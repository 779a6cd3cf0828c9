import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RecordResult, ReportedPost } from './tracking/posts';

/**
 * The one typed protocol between Firebreak's contexts. Each message's name says which way it
 * travels: `content→background`, `page→background` (popup, options, dashboard).
 */
export interface ProtocolMap {
  /** The content script found and analysed posts; the background stores them. */
  'content→background:postsSeen'(posts: ReportedPost[]): RecordResult;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
