import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/utils/messaging';
import { database } from '@/utils/tracking/db';
import { recordPosts } from '@/utils/tracking/posts';

// Wiring only. The worker may be stopped at any moment: everything it knows lives in IndexedDB.
export default defineBackground(() => {
  onMessage('content→background:postsSeen', ({ data }) => recordPosts(database(), data));
});
