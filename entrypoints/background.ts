import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/utils/messaging';
import { brandLexicon } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { analysisRules, ingestPosts, recordHealth, saveCorrection } from '@/utils/tracking/ingest';

// Wiring only. The worker may be stopped at any moment: everything it knows lives in IndexedDB.
export default defineBackground(() => {
  onMessage('content→background:postsSeen', ({ data }) => ingestPosts(database(), data));
  onMessage('content→background:analysisRules', async () => analysisRules(database(), await brandLexicon.getValue()));
  onMessage('content→background:correction', async ({ data }) => {
    await saveCorrection(database(), data);
    return analysisRules(database(), await brandLexicon.getValue());
  });
  onMessage('content→background:health', ({ data }) => recordHealth(database(), data.platform, data.postsFound));
});
