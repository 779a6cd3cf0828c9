import { useEffect, useState } from 'preact/hooks';
import { watchWebhookUrl } from '@/utils/sources/secrets';

/**
 * The team-alerts webhook address from the secrets store, kept in step with changes made in this page,
 * another one or the worker; "" until it has been read (as a storage item's fallback). A secret: show it
 * masked only.
 */
export function useWebhookUrl(): string {
  const [url, setUrl] = useState('');
  useEffect(() => watchWebhookUrl(setUrl), []);
  return url;
}
