import type { LiveState } from './useLiveQuery';

export interface SeenCountProps {
  count: LiveState<number>;
}

/** How many posts Firebreak has read so far, with honest loading, empty and error states. */
export function SeenCount({ count }: SeenCountProps) {
  if (count.status === 'loading') return <p class="muted">Loading…</p>;
  if (count.status === 'error') {
    return (
      <p role="alert" class="error">
        Firebreak could not read its history ({count.error.message}). Reload the extension; if that does not help,
        export your settings and reinstall.
      </p>
    );
  }
  if (count.value === 0) {
    return (
      <p class="empty">
        No posts seen yet. Open X and scroll your feed: every post Firebreak reads is counted here.
      </p>
    );
  }
  return (
    <p class="count">
      <strong data-testid="posts-seen">{count.value}</strong> {count.value === 1 ? 'post' : 'posts'} seen
    </p>
  );
}
