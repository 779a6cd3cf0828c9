import { i18n } from '#i18n';
import { BrandSection } from './BrandSection';
import { DataSection } from './DataSection';
import { DisplaySection } from './DisplaySection';
import { InstancesSection } from './InstancesSection';
import { PlanSection } from './PlanSection';
import { SettingsFileSection } from './SettingsFileSection';
import { ThresholdsSection } from './ThresholdsSection';

export function Options() {
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      <p class="muted">{i18n.t('options.privacy')}</p>
      <nav aria-label={i18n.t('options.sections')} class="toc">
        {(['brand', 'display', 'thresholds', 'plan', 'instances', 'retention', 'data', 'settings-file'] as const).map((id) => (
          <a key={id} href={`#${id}`}>
            {i18n.t(`options.toc.${id}`)}
          </a>
        ))}
      </nav>
      <BrandSection />
      <DisplaySection />
      <ThresholdsSection />
      <PlanSection />
      <InstancesSection />
      <DataSection />
      <SettingsFileSection />
    </main>
  );
}
