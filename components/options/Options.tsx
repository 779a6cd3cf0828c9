import { i18n } from '#i18n';
import { BrandSection } from './BrandSection';
import { DataSection } from './DataSection';
import { DisplaySection } from './DisplaySection';
import { InstancesSection } from './InstancesSection';
import { NotificationsSection } from './NotificationsSection';
import { PlanSection } from './PlanSection';
import { SettingsFileSection } from './SettingsFileSection';
import { SourcesSection } from './SourcesSection';
import { TeamAlertsSection } from './TeamAlertsSection';
import { ThresholdsSection } from './ThresholdsSection';

/** Anchor id of each section (its `id` attribute) and its label in the table of contents. */
const SECTIONS: ReadonlyArray<readonly [string, () => string]> = [
  ['brand', () => i18n.t('options.toc.brand')],
  ['display', () => i18n.t('options.toc.display')],
  ['thresholds', () => i18n.t('options.toc.thresholds')],
  ['notifications', () => i18n.t('options.toc.notifications')],
  ['plan', () => i18n.t('options.toc.plan')],
  ['instances', () => i18n.t('options.toc.instances')],
  ['sources', () => i18n.t('sources.toc')],
  ['team-alerts', () => i18n.t('teamAlerts.toc')],
  ['retention', () => i18n.t('options.toc.retention')],
  ['data', () => i18n.t('options.toc.data')],
  ['settings-file', () => i18n.t('options.toc.settingsFile')],
];

export function Options() {
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      <p class="muted">{i18n.t('options.privacy')}</p>
      <nav aria-label={i18n.t('options.sections')} class="toc">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label()}
          </a>
        ))}
      </nav>
      <BrandSection />
      <DisplaySection />
      <ThresholdsSection />
      <NotificationsSection />
      <PlanSection />
      <InstancesSection />
      <SourcesSection />
      <TeamAlertsSection />
      <DataSection />
      <SettingsFileSection />
    </main>
  );
}
