import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
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

/** "Crisis level now Crisis: 64 mentions in the last 15 minutes, 21× normal", as a live region says it. */
export function levelAnnouncement(level: CrisisLevel, reason: string | null | undefined): string {
  const word = i18n.t(`level.${level}`);
  const why = level !== 'normal' ? reason?.trim() : undefined;
  return why ? i18n.t('popup.levelChangedBecause', [word, why]) : i18n.t('popup.levelChanged', [word]);
}

/**
 * Calls `announce` with the level word and its reason each time the level changes, and only then: not
 * for the level found on opening (the page shows it), not when the reason's figures are updated at the
 * same level, not on re-renders. `ready`: the level is read (before that it is only the default).
 */
export function useLevelChangeAnnouncement(level: CrisisLevel, reason: string | null | undefined, ready: boolean, announce: (text: string) => void): void {
  const last = useRef<CrisisLevel | null>(null);
  const latest = useRef({ reason, announce });
  latest.current = { reason, announce };
  useEffect(() => {
    if (!ready) return;
    if (last.current === null) {
      last.current = level;
      return;
    }
    if (last.current === level) return;
    last.current = level;
    latest.current.announce(levelAnnouncement(level, latest.current.reason));
  }, [ready, level]);
}
