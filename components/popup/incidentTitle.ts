import { i18n } from '#i18n';
import type { PlatformId } from '@/utils/platforms/types';

/**
 * An incident's title, the same whether declared from the popup or a notification's button: the
 * platform by its name ("Spike on X"), or a general one where the alert names no platform.
 */
export function incidentTitle(platform: PlatformId | undefined): string {
  return platform ? i18n.t('incident.spikeTitle', [i18n.t(`platform.${platform}`)]) : i18n.t('incident.defaultTitle');
}
