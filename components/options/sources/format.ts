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
    client: () => i18n.t('sources.errors.client', [status]),
    permission: () => i18n.t('sources.errors.permission'),
    'no-terms': () => i18n.t('sources.errors.noTerms'),
    'not-configured': () => i18n.t('sources.errors.notConfigured'),
    storage: () => i18n.t('sources.errors.storage'),
  };
  return (messages[error.code] ?? messages.client)();
}
