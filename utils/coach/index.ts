// The reply coach: pure analysis of a reply draft (analyzeDraft) and complete replies to offer
// (suggestReplies). No DOM, no storage, no network: the reply-box UI calls these on each
// keystroke and puts findingCodes(findings) in the host's `data-firebreak-findings`.
export { analyzeDraft, answersUpsetPost, findingCodes, MAX_ANALYSED_CHARS, MAX_SPANS_PER_FINDING } from './findings';
export { ENGLISH_COACH_MESSAGES } from './english';
export { suggestReplies, DEFAULT_EXPIRING_SOON_MS } from './suggestions';
export { publishedContacts } from './personal-data';
export { CRISIS_REPLY_GUIDELINE, PLATFORM_REPLY_LIMITS, measureLength, type LengthCounting, type MeasuredLength, type PlatformReplyLimit } from './length';
export {
  FINDING_CODES,
  FINDING_TITLES,
  SEVERITIES,
  type BrandVoice,
  type CoachMessages,
  type DraftContext,
  type Finding,
  type FindingCode,
  type IncidentContext,
  type PreApprovedMessage,
  type ReplyTarget,
  type Severity,
  type Span,
  type Suggestion,
  type SuggestionContext,
  type SuggestionKind,
  type SuggestionTitle,
} from './types';
