// Desktop notifications: this person's own mute and snooze. The popup and a notification's button
// snooze for an hour; a mute has no end, so this is where it is shown and turned back on.
// Neither is in a settings file (see SettingsFileSection): a shared file must not silence a teammate.
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { alerting } from '@/utils/settings';
import { snoozeEndShowable } from '../popup/snooze';
import { Section } from './fields';
import { formatWhen } from './sources/format';
import { useSetting } from './useSetting';

/** The longest a timer can wait (setTimeout's limit, about 24.8 days). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export function NotificationsSection() {
  const { draft, save, state } = useSetting(alerting);
  const [now, setNow] = useState(Date.now);
  const showBox = useRef<HTMLInputElement>(null);
  const snoozed = draft.snoozedUntil > now;

  // Re-render when the snooze runs out, so the page does not go on saying "snoozed".
  useEffect(() => {
    setNow(Date.now());
    const wait = draft.snoozedUntil - Date.now();
    if (wait <= 0 || wait > LONGEST_TIMER_MS) return;
    const timer = setTimeout(() => setNow(Date.now()), wait + 50);
    return () => clearTimeout(timer);
  }, [draft.snoozedUntil]);

  const summary = draft.muted
    ? i18n.t('options.notifications.muted')
    : snoozed
      ? snoozeEndShowable(draft.snoozedUntil)
        ? i18n.t('options.notifications.snoozed', [formatWhen(draft.snoozedUntil)])
        : i18n.t('options.notifications.snoozedNoEnd')
      : i18n.t('options.notifications.enabled');

  return (
    <Section id="notifications" title={i18n.t('options.notifications.title')} intro={i18n.t('options.notifications.intro')} state={state}>
      <label class="choice">
        <input
          ref={showBox}
          type="checkbox"
          name="notifications-on"
          checked={!draft.muted}
          onChange={(event) => void save({ ...draft, muted: !(event.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {i18n.t('options.notifications.show')}
      </label>
      <p data-notifications-state>{summary}</p>
      {snoozed && (
        <p>
          <button
            type="button"
            onClick={() => {
              // The button goes away: the focus stays in the section.
              showBox.current?.focus();
              // Back on means back on: a snooze over a mute (the popup could set one) ends with the mute,
              // not with notifications still off under a "Saved.".
              void save({ muted: false, snoozedUntil: 0 });
            }}
          >
            {i18n.t('options.notifications.endSnooze')}
          </button>
        </p>
      )}
    </Section>
  );
}
