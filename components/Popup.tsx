import { browser } from 'wxt/browser';
import { database } from '@/utils/tracking/db';
import { countPosts } from '@/utils/tracking/posts';
import { SeenCount } from './SeenCount';
import { useLiveQuery } from './useLiveQuery';

export function Popup() {
  const count = useLiveQuery(() => countPosts(database()));
  const openDashboard = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  };
  return (
    <main style={{ width: '320px', padding: '12px 14px' }}>
      <h1>Firebreak</h1>
      <SeenCount count={count} />
      <p>
        <button type="button" onClick={openDashboard}>
          Open dashboard
        </button>
      </p>
    </main>
  );
}
