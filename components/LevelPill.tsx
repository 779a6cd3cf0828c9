import { i18n } from '#i18n';
import type { CrisisLevel } from '@/utils/tracking/levels';

const SYMBOL: Record<CrisisLevel, string> = { normal: '●', watch: '▲', crisis: '■' };

/** The level in words and shape, not colour alone. */
export function LevelPill({ level }: { level: CrisisLevel }) {
  return (
    <span class={`level-pill ${level}`} data-level={level}>
      <span aria-hidden="true">{SYMBOL[level]}</span> {i18n.t(`level.${level}`)}
    </span>
  );
}
