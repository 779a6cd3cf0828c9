import { i18n } from '#i18n';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { uiCount } from '@/utils/count';
import { PLATFORM_IDS, type Engagement, type PlatformId } from '@/utils/platforms/types';
import { brandProfile, hasBrandTerms, listeningStatus, type ListeningStatus } from '@/utils/settings';
import { brandWords } from '@/utils/tracking/brand';
import { BUCKET_MS, database, type Mention } from '@/utils/tracking/db';
import { bucketsSince } from '@/utils/tracking/mentions';
import { countPosts } from '@/utils/tracking/posts';
import { totals, trendOf } from '@/utils/tracking/trend';
import { sourcesSettings, sourcesState, stateOf, withAllSources } from '@/utils/sources/settings';
import { SOURCE_IDS } from '@/utils/sources/types';
import { LevelPill, useLevelChangeAnnouncement } from '../LevelPill';
import { ListeningPill, ListeningSummary } from '../ListeningSummary';
import { SourceStatus } from '../options/sources/SourceStatus';
import { useStored, useStoredFrom, useStoredOnceRead } from '../useStored';
import { useLiveQuery } from '../useLiveQuery';
import { aboutTerms } from '@/utils/plan/about';
import type { ActionKind } from '@/utils/plan/actions';
import { firstOf } from './digest';
import { IncidentSection } from './IncidentSection';
import { day, when, zoneChanges } from './time';
import { TrendChart } from './TrendChart';
import { useRangeDigest } from './useRangeDigest';
import { webUrl } from '@/utils/platforms/dom';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
type Range = '24h' | '7d' | '30d';
const RANGES: Record<Range, { span: number; size: '5m' | '1h' }> = {
  '24h': { span: DAY, size: '1h' },
  '7d': { span: 7 * DAY, size: '1h' },
  '30d': { span: 30 * DAY, size: '1h' },
};

/** How often an open dashboard moves its time window along when no new data arrives. */
const CLOCK_TICK_MS = 60_000;

/** A platform by its name, as the health table shows it; an id Firebreak does not know, as it is. */
const platformLabel = (platform: string) =>
  PLATFORM_IDS.includes(platform as PlatformId) ? i18n.t(`platform.${platform as PlatformId}`) : platform;

/** The current time, moving every `ms`: a dashboard left open keeps its window on the last hours. */
function useClock(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}


/** The worker's status, live, and whether it has been read yet (null before that, and when none is stored). */
function useListeningStatus(): { status: ListeningStatus | null; read: boolean } {
  const stored = useStoredFrom(listeningStatus, undefined);
  return { status: stored ?? null, read: stored !== undefined };
}

/**
 * One mention: its label, where and when, and its words quoted as they are. The quote is text, not a link
 * (a whole quote in a link was drawn underlined, in the text's colour: it read as underlined words, and only
 * where the post had an address); the post is opened by a link of its own, described by the quote.
 */
/** "1,204 likes · 87 reposts · 45 replies": what the page showed when the post was seen, zeros left out. */
export function engagementText(engagement: Engagement | undefined): string {
  const parts: string[] = [];
  for (const kind of ['likes', 'reposts', 'replies', 'views'] as const) {
    const count = engagement?.[kind];
    if (count !== undefined && count > 0) parts.push(i18n.t(`dashboard.engagement.${kind}`, count, [uiCount(count)]));
  }
  return parts.join(' · ');
}

/**
 * `engagement`: the post's likes, reposts and replies are listed (the "Most engaged" list says why it is
 * there); `action`: what to do with it, as a tag ("Escalate"), where there is something to do.
 */
function MentionItem({ mention, zoned, engagement = false, action }: { mention: Mention; zoned: boolean; engagement?: boolean; action?: ActionKind }) {
  const quote = useId();
  // Stored before links were checked on the way in, or by another version: only a web address is a link.
  const link = webUrl(mention.permalink);
  const counts = engagement ? engagementText(mention.engagement) : '';
  return (
    <li>
      <span class={`tag ${mention.sentiment}`}>{i18n.t(`sentiment.${mention.sentiment}`)}</span>{' '}
      {action && action !== 'none' && action !== 'thank' && (
        <>
          <strong class={`action-tag ${action}`} data-testid="action-tag">
            {i18n.t(`dashboard.actionTag.${action === 'reply-dm' ? 'replyDm' : action}`)}
          </strong>{' '}
        </>
      )}
      <span class="muted small">
        {platformLabel(mention.platform)} · {mention.author ?? '—'} ·{' '}
        {/* Read from "3 weeks ago" or "6 October": no clock time to show, and it may be earlier still. */}
        {mention.timeApproximate ? i18n.t('dashboard.dayOrEarlier', [day(mention.time)]) : when(mention.time, zoned)}
        {link && (
          <>
            {' · '}
            <a class="post-link" href={link} target="_blank" rel="noopener noreferrer" aria-describedby={quote}>
              {i18n.t('dashboard.openPost')}
            </a>
          </>
        )}
      </span>
      <blockquote id={quote}>{mention.excerpt}</blockquote>
      {counts && (
        <p class="small muted engagement" data-testid="engagement">
          {counts}
        </p>
      )}
    </li>
  );
}

/** `zoned`: the times name their zone (a clock change within the range). */
function MentionList(props: { mentions: Mention[]; empty: string; zoned: boolean; engagement?: boolean; actions?: readonly ActionKind[] }) {
  const { mentions, empty, zoned, engagement = false, actions } = props;
  if (mentions.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="mentions">
      {mentions.map((mention, index) => (
        <MentionItem key={`${mention.platform}:${mention.postId}`} mention={mention} zoned={zoned} engagement={engagement} action={actions?.[index]} />
      ))}
    </ol>
  );
}

/** Each listening source the user turned on: last poll, items, mentions, the last problem. */
function SourcesHealth() {
  const settings = withAllSources(useStored(sourcesSettings));
  const state = useStored(sourcesState);
  const on = SOURCE_IDS.filter((id) => settings[id].enabled);
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{i18n.t('dashboard.sources')}</h2>
      {on.length === 0 ? (
        <p class="empty">
          {i18n.t('dashboard.noSources')} <a href="/options.html#sources">{i18n.t('dashboard.sourcesLink')}</a>
        </p>
      ) : (
        <ul class="plain" data-testid="sources-health">
          {on.map((id) => (
            <li key={id} data-source={id}>
              <h3>{i18n.t(`sources.names.${id}`)}</h3>
              <SourceStatus enabled state={stateOf(state, id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Dashboard() {
  const [range, setRange] = useState<Range>('24h');
  const [platform, setPlatform] = useState<PlatformId | 'all'>('all');
  const { status, read: statusRead } = useListeningStatus();
  const level = status?.level ?? 'normal';
  // The level word and its reason, said once when the level changes while the page is open.
  const [levelNews, setLevelNews] = useState('');
  useLevelChangeAnnouncement(level, status?.reason, statusRead, setLevelNews);
  // Null until read: the empty state must not offer to set up a brand that is only not read yet.
  const brand = useStoredOnceRead(brandProfile);
  const ownWords = useMemo(() => (brand ? brandWords(brand) : new Set<string>()), [brand]);
  const brandConfigured = brand !== null && hasBrandTerms(brand);
  // The status and the brand are read: only then does the page say "Not listening yet" or "Learning".
  const ready = statusRead && brand !== null;
  const { span, size } = RANGES[range];
  // Each query reads the clock when it runs, and new data runs it again: what it returns covers the
  // window up to that moment and any later one. The window itself ends at the latest of that moment
  // and the clock, so it follows the time on new data and, without any, on the clock's tick.
  const buckets = useLiveQuery(async () => {
    const at = Date.now();
    return { at, buckets: await bucketsSince(database(), size, at - span) };
  }, [range]);
  // What the range's talk is set against: the week before the range, the nearest first (not the 8 to 1
  // days before now, which a 7- or 30-day range holds itself: a wave was its own baseline, QA).
  const previous = useLiveQuery(() => {
    const at = Date.now();
    return database().mentions.where('time').between(at - span - 7 * DAY, at - span).reverse().limit(5000).toArray();
  }, [range]);
  const clock = useClock(CLOCK_TICK_MS);
  const now = Math.max(clock, buckets.status === 'ready' ? buckets.value.at : 0);
  const shownPlatform = platform === 'all' ? undefined : platform;
  // The range's lists and key terms, from all of its mentions (digest.ts): the newest 5,000 alone were a busy
  // day's last hour or two. Read in slices of time, each read again when its mentions change.
  const digest = useRangeDigest(now, span, shownPlatform);
  const alerts = useLiveQuery(() => database().alerts.orderBy('time').reverse().limit(20).toArray(), []);
  const health = useLiveQuery(() => database().health.toArray(), []);
  const columns = { postsFound: i18n.t('dashboard.postsFound'), lastVisit: i18n.t('dashboard.lastVisit'), lastSuccess: i18n.t('dashboard.lastSuccess') };
  const seen = useLiveQuery(() => countPosts(database()), []);
  const postsSeen = seen.status === 'ready' ? seen.value : 0;

  // The points change when the data does or a new bucket begins, not on every tick: the chart is
  // drawn again only then.
  const currentBucket = Math.floor(now / BUCKET_MS[size]);
  const points = useMemo(
    () => (buckets.status === 'ready' ? trendOf(buckets.value.buckets, size, currentBucket * BUCKET_MS[size], span, platform === 'all' ? undefined : platform) : []),
    [buckets, size, currentBucket, span, platform],
  );
  const sum = totals(points);
  // Where the clocks change within the range, its times name their zone: a repeated hour is two hours.
  const zoned = useMemo(() => zoneChanges(points.map((point) => point.start)), [points]);
  // The same rows until the points change: the page is drawn again as each slice of the range is read (some 50
  // times for 30 days), and writing the 720 hours' dates each time was a third of reading the range.
  const tableRows = useMemo(
    () => (
      <tbody>
        {points.filter((point) => point.count > 0).map((point) => (
          <tr key={point.start}>
            <td>{when(point.start, zoned)}</td>
            <td>{uiCount(point.count)}</td>
            <td>{uiCount(point.negatives)}</td>
          </tr>
        ))}
      </tbody>
    ),
    [points, zoned],
  );
  // Within the window as the clock has moved it.
  const from = now - span;
  // Most urgent first (QA: the boycott calls and the burn report were somewhere in the list), then most negative.
  // While the range's newest slices alone are read, the lists are those of the mentions since the oldest of them
  // (exact for that time, which they say); key terms wait for the whole range.
  const partial = digest !== undefined && !digest.complete;
  const listsFrom = partial ? Math.max(from, digest.readFrom - 1) : from;
  const mostNegative = digest ? firstOf(digest.negative, listsFrom, shownPlatform) : [];
  const mostEngaged = digest ? firstOf(digest.engaged, listsFrom, shownPlatform).map(({ mention }) => mention) : [];
  const whole = digest?.complete ? digest : undefined;
  const sample = whole ? whole.sample.filter((m) => m.time > from && (shownPlatform === undefined || m.platform === shownPlatform)) : [];
  // Worked out again when the sample changes: the window's first, its last or how many there are.
  const about = useMemo(
    () => aboutTerms(sample, previous.status === 'ready' ? previous.value : [], ownWords),
    [sample.length, sample[0]?.postId, sample.at(-1)?.postId, previous, ownWords],
  );

  return (
    <main class="dashboard">
      <header class="dashboard-header">
        <h1>{i18n.t('dashboard.title')}</h1>
        {/* The popup's pill and summary: "Not listening yet" with no brand set, "Learning…" before a day of history. */}
        <ListeningPill status={status} ready={ready} brandConfigured={brand === null || brandConfigured} />
      </header>
      <p aria-live="polite" aria-atomic="true" class="visually-hidden" data-testid="level-announcement">
        {levelNews}
      </p>
      <div class="status" data-testid="listening-summary">
        <ListeningSummary
          status={status}
          ready={ready}
          brandConfigured={brand === null || brandConfigured}
          time={(ms) => when(ms)}
          setUpBrand={
            <a href="/options.html#brand" data-testid="set-up-brand">
              {i18n.t('popup.setUpBrand')}
            </a>
          }
        />
      </div>

      {/* The same live region says when the incident is resolved from the popup. */}
      <IncidentSection ownWords={ownWords} onAnnounce={setLevelNews} status={status} />

      <section aria-labelledby="trends">
        <h2 id="trends">{i18n.t('dashboard.trends')}</h2>
        <div class="controls">
          <div role="group" class="segmented" aria-label={i18n.t('dashboard.range')}>
            {(Object.keys(RANGES) as Range[]).map((key) => (
              <button key={key} type="button" aria-pressed={range === key} onClick={() => setRange(key)}>
                {i18n.t(`dashboard.ranges.${key}`)}
              </button>
            ))}
          </div>
          <label>
            {i18n.t('dashboard.platform')}{' '}
            <select value={platform} onChange={(event) => setPlatform((event.currentTarget as HTMLSelectElement).value as PlatformId | 'all')}>
              <option value="all">{i18n.t('dashboard.allPlatforms')}</option>
              {PLATFORM_IDS.map((id) => (
                <option key={id} value={id}>
                  {i18n.t(`platform.${id}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {sum.count > 0 ? (
          <>
            <TrendChart points={points} title={i18n.t('dashboard.chartTitle', sum.count, [uiCount(sum.count), Math.round(sum.negativeShare * 100)])} />
            <details>
              <summary>{i18n.t('dashboard.chartAsTable')}</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('dashboard.time')}</th>
                    <th scope="col">{i18n.t('dashboard.mentions')}</th>
                    <th scope="col">{i18n.t('dashboard.negative')}</th>
                  </tr>
                </thead>
                {tableRows}
              </table>
            </details>
          </>
        ) : (
          <p class="empty" data-testid="no-mentions">
            {i18n.t(brand !== null && !brandConfigured ? 'dashboard.noMentionsNoBrand' : 'dashboard.noMentions')}{' '}
            {brand !== null && <a href="/options.html#brand">{i18n.t(brandConfigured ? 'dashboard.brandSettings' : 'dashboard.setUpBrand')}</a>}
          </p>
        )}
      </section>

      <div class="columns">
        <section aria-labelledby="about">
          <h2 id="about">{i18n.t('dashboard.about')}</h2>
          {about.length > 0 ? (
            <ul class="terms" data-testid="key-terms">
              {about.map((term) => (
                <li key={term.term}>
                  {term.term} <span class="muted small">×{uiCount(term.count)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">{whole ? i18n.t('dashboard.aboutEmpty') : i18n.t('dashboard.readingRange')}</p>
          )}
          <h2>{i18n.t('dashboard.alerts')}</h2>
          {alerts.status === 'ready' && alerts.value.length > 0 ? (
            <ul class="alerts">
              {alerts.value.map((alert) => (
                <li key={alert.id}>
                  <LevelPill level={alert.level} />{' '}
                  <span class="muted small">
                    {when(alert.time)} · {platformLabel(alert.platform)}
                    {/* A rise the cool-down kept quiet: listed, since the level rose, but nobody was notified. */}
                    {alert.withinCoolDown && ` · ${i18n.t('dashboard.alertWithinCoolDown')}`}
                  </span>
                  <p>{alert.reason}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">{i18n.t('dashboard.noAlerts')}</p>
          )}
        </section>
        <section aria-labelledby="negative">
          <h2 id="negative">{i18n.t('dashboard.mostNegative')}</h2>
          <MentionList
            mentions={mostNegative.map(({ mention }) => mention)}
            actions={mostNegative.map(({ action }) => action ?? 'none')}
            empty={whole ? i18n.t('dashboard.noNegative') : i18n.t('dashboard.readingRange')}
            zoned={zoned}
          />
          <h2>{i18n.t('dashboard.mostEngaged')}</h2>
          <MentionList mentions={mostEngaged} empty={whole ? i18n.t('dashboard.noEngaged') : i18n.t('dashboard.readingRange')} zoned={zoned} engagement />
          {/* QA: a post of 150 likes and 60 reposts above one of 247 likes read as a wrong order without it (engagementOf, digest.ts). */}
          {mostEngaged.length > 1 && (
            <p class="muted small" data-testid="engaged-ranking">
              {i18n.t('dashboard.engagedRanking')}
            </p>
          )}
          {/* After the lists: each heading's next element is its list. */}
          {partial && (
            <p class="muted small" role="status" data-testid="reading-older">
              {i18n.t('dashboard.readingOlder', [when(listsFrom + 1, zoned)])}
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="health">
        <h2 id="health">{i18n.t('dashboard.health')}</h2>
        <p class="muted small">{i18n.t('dashboard.postsSeen', postsSeen, [uiCount(postsSeen)])}</p>
        {/* In a narrow window each row is drawn as a card (assets/page.css): the column's heading is shown
            beside each value there, hidden from screen readers, which have the table's own headers. */}
        <table class="health-table" data-testid="adapter-health">
          <thead>
            <tr>
              <th scope="col">{i18n.t('dashboard.platform')}</th>
              <th scope="col">{columns.postsFound}</th>
              <th scope="col">{columns.lastVisit}</th>
              <th scope="col">{columns.lastSuccess}</th>
            </tr>
          </thead>
          <tbody>
            {PLATFORM_IDS.map((id) => {
              const row = health.status === 'ready' ? health.value.find((entry) => entry.platform === id) : undefined;
              const failing = row && row.postsFound === 0;
              return (
                <tr key={id} class={failing ? 'failing' : undefined}>
                  <th scope="row">{i18n.t(`platform.${id}`)}</th>
                  <td>
                    <span class="cell-label" aria-hidden="true">
                      {columns.postsFound}
                    </span>
                    {row ? (failing ? `0 — ${i18n.t('dashboard.nothingFound')}` : uiCount(row.postsFound)) : '—'}
                  </td>
                  <td>
                    <span class="cell-label" aria-hidden="true">
                      {columns.lastVisit}
                    </span>
                    {row ? when(row.lastVisit) : i18n.t('dashboard.notVisited')}
                  </td>
                  <td>
                    <span class="cell-label" aria-hidden="true">
                      {columns.lastSuccess}
                    </span>
                    {row?.lastSuccess ? when(row.lastSuccess) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <SourcesHealth />
    </main>
  );
}
