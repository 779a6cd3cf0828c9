import { renewingLiveQuery } from '@/utils/liveQuery';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Incident } from '@/utils/plan/incident';
import { DEFAULT_PLAN, type CrisisPlan } from '@/utils/plan/plan';
import { currentIncident, lastResolvedIncident } from '@/utils/plan/store';
import { alerting, brandProfile, crisisPlan, listeningStatus, type AlertingSettings, type ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { bucketsSince } from '@/utils/tracking/mentions';
import { countPosts } from '@/utils/tracking/posts';
import { trendOf, type TrendPoint } from '@/utils/tracking/trend';

const DAY_MS = 24 * 60 * 60_000;

export interface PopupState {
  ready: boolean;
  error: string | null;
  status: ListeningStatus | null;
  trend: TrendPoint[];
  postsSeen: number;
  alerting: AlertingSettings;
  brandConfigured: boolean;
  incident: Incident | undefined;
  /** The latest incident when it is resolved (none is open): the popup points to its follow-up. */
  lastResolved: Incident | undefined;
  plan: CrisisPlan;
  snooze(hours: number): Promise<void>;
  unsnooze(): Promise<void>;
}

/**
 * The popup's state: the status the worker wrote, 24 hourly aggregates and the seen-posts count,
 * all live. It reads aggregates only, so it opens fast however long the history.
 */
export function createPopupStore(now: () => number = Date.now): { store: StoreApi<PopupState>; stop(): void } {
  const store = createStore<PopupState>()(() => ({
    ready: false,
    error: null,
    status: null,
    trend: [],
    postsSeen: 0,
    alerting: alerting.fallback,
    brandConfigured: true,
    incident: undefined,
    lastResolved: undefined,
    plan: DEFAULT_PLAN,
    snooze: async (hours) => {
      await alerting.setValue({ ...(await alerting.getValue()), snoozedUntil: now() + hours * 60 * 60_000 });
    },
    unsnooze: async () => {
      await alerting.setValue({ ...(await alerting.getValue()), snoozedUntil: 0 });
    },
  }));
  const fail = (error: unknown) => store.setState({ error: error instanceof Error ? error.message : String(error), ready: true });

  const load = async () => {
    const [status, settings, brand, plan] = await Promise.all([
      listeningStatus.getValue(),
      alerting.getValue(),
      brandProfile.getValue(),
      crisisPlan.getValue(),
    ]);
    store.setState({
      status,
      plan,
      alerting: settings,
      brandConfigured: brand.names.length + brand.handles.length + brand.hashtags.length + brand.products.length > 0,
      ready: true,
    });
  };
  load().catch(fail);

  const unwatch = [
    listeningStatus.watch((status) => store.setState({ status })),
    alerting.watch((settings) => store.setState({ alerting: settings ?? alerting.fallback })),
    crisisPlan.watch((plan) => store.setState({ plan: plan ?? DEFAULT_PLAN })),
  ];
  const incidentSubscription = renewingLiveQuery(async () => {
    const db = database();
    const incident = await currentIncident(db);
    return { incident, lastResolved: incident ? undefined : await lastResolvedIncident(db) };
  }).subscribe({
    next: (incidents) => store.setState(incidents),
    error: fail,
  });
  const trendSubscription = renewingLiveQuery(() => bucketsSince(database(), '1h', now() - DAY_MS)).subscribe({
    next: (buckets) => store.setState({ trend: trendOf(buckets, '1h', now(), DAY_MS) }),
    error: fail,
  });
  const countSubscription = renewingLiveQuery(() => countPosts(database())).subscribe({
    next: (postsSeen) => store.setState({ postsSeen }),
    error: fail,
  });

  return {
    store,
    stop() {
      unwatch.forEach((stop) => stop());
      trendSubscription.unsubscribe();
      countSubscription.unsubscribe();
      incidentSubscription.unsubscribe();
    },
  };
}
