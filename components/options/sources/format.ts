import { i18n } from '#i18n';
import type { ProblemCode } from '@/utils/sources/http';
import type { SourceError } from '@/utils/sources/settings';

export const formatWhen = (ms: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A stored problem in words. Only codes and statuses are stored: no URL, no server text. */
export function describeProblem(error: Pick<SourceError, 'code' | 'status'>): string {
  const status = String(error.status ?? '—');
  const messages: Record<ProblemCode, () => string> = {
    'rate-limited': () => i18n.t('sources.errors.rateLimited'),
    server: () => i18n.t('sources.errors.server', [status]),
    network: () => i18n.t('sources.errors.network'),
    timeout: () => i18n.t('sources.errors.timeout'),
    'bad-response': () => i18n.t('sources.errors.badResponse'),
    refused: () => i18n.t('sources.errors.refused', [status]),
    'not-found': () => i18n.t('sources.errors.notFound', [status]),
    redirected: () => i18n.t('sources.errors.redirected'),
    client: () => i18n.t('sources.errors.client', [status]),
    permission: () => i18n.t('sources.errors.permission'),
    'no-terms': () => i18n.t('sources.errors.noTerms'),
    'not-configured': () => i18n.t('sources.errors.notConfigured'),
    storage: () => i18n.t('sources.errors.storage'),
  };
  return (messages[error.code] ?? messages.client)();
}

/**
 * A webhook's problem in words: about the webhook address, never an instance or a hashtag, and
 * honest that a failed alert is not sent again (sendTeamAlert makes one attempt).
 */
export function describeWebhookProblem(error: Pick<SourceError, 'code' | 'status'>): string {
  const status = String(error.status ?? '—');
  const notRetried = i18n.t('teamAlerts.errors.notRetried');
  switch (error.code) {
    case 'rate-limited':
      return `${i18n.t('teamAlerts.errors.rateLimited', [status])} ${notRetried}`;
    case 'server':
      return `${i18n.t('teamAlerts.errors.server', [status])} ${notRetried}`;
    case 'network':
      return `${i18n.t('teamAlerts.errors.network')} ${notRetried}`;
    case 'timeout':
      // It may have arrived: the chat may have taken it and answered late.
      return i18n.t('teamAlerts.errors.timeout');
    case 'refused':
      return `${i18n.t('teamAlerts.errors.refused', [status])} ${notRetried}`;
    case 'not-found':
      return `${i18n.t('teamAlerts.errors.notFound', [status])} ${notRetried}`;
    case 'client':
      return `${i18n.t('teamAlerts.errors.client', [status])} ${notRetried}`;
    case 'permission':
      return i18n.t('teamAlerts.problemPermission');
    case 'storage':
      return i18n.t('teamAlerts.errors.storage');
    default:
      return `${i18n.t('teamAlerts.errors.other')} ${notRetried}`;
  }
}
