// The secrets: the team-alerts webhook address and the listening sources' access tokens. They live in
// an IndexedDB database of their own, in the extension's origin: extension pages and the service worker
// read it, a content script cannot (its IndexedDB is the page's). storage.local, where they were kept
// before, is readable by the content scripts, which run in the pages' renderer processes. Every read and
// write of a secret goes through this module; the content script must never import it.
//
// A database of its own rather than a table in the tracking database (utils/tracking/db.ts): that one is
// also opened by code the content script bundles, counted and exported by the data section, and cleared
// table by table; the secrets are none of that. Its own name keeps them out of all of it, and a new
// version of the tracking database never has to be opened in every context for them.
//
// The move from storage.local (migrateSecrets) copies, reads the copy back, and only then removes the
// field from storage.local. When both places hold a value, the one here wins: nothing has written a secret
// to storage.local since this module exists, so a value here is as new as the one there or newer (a
// removal here is a row with an empty value, so a removed address never comes back from a stale copy).
import { Dexie, type Table } from 'dexie';
import { renewingLiveQuery } from '../liveQuery';
import { sourcesSettings, teamAlertsSettings, type SourcesSettings, type TeamAlertsSettings } from './settings';
import { SOURCE_IDS, type SourceId } from './types';

export const SECRETS_DB_NAME = 'firebreak-secrets';

const WEBHOOK_KEY = 'webhookUrl';
const tokenKey = (id: SourceId) => `token:${id}`;

export interface SecretRow {
  /** "webhookUrl", or "token:<source>". */
  key: string;
  /** The secret; empty: removed (it stays so even if an old copy were still in storage.local). */
  value: string;
  savedAt: number;
}

export class SecretsDb extends Dexie {
  secrets!: Table<SecretRow, string>;

  constructor() {
    super(SECRETS_DB_NAME);
    this.version(1).stores({ secrets: 'key' });
  }
}

interface Handle {
  db: SecretsDb;
  factory: unknown;
  /** This context's migration, once it has succeeded (or while it runs). */
  migrated?: Promise<void>;
}
let handle: Handle | undefined;

/** This context's connection. A new IndexedDB factory (each unit test has its own) gets a new one. */
export function secretsDb(): SecretsDb {
  const factory = Dexie.dependencies.indexedDB;
  if (!handle || handle.factory !== factory) {
    handle?.db.close();
    handle = { db: new SecretsDb(), factory };
  }
  return handle.db;
}

// --- One change at a time -------------------------------------------------------------------------------

let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` alone: across the extension's pages and its worker (one origin, one lock manager) where
 * the browser has Web Locks, and within this context always. A worker stopped while holding the lock
 * releases it.
 */
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  const locked = () => (locks ? (locks.request('firebreak-secrets', work) as Promise<T>) : work());
  const run = tail.then(locked, locked);
  tail = run.catch(() => undefined);
  return run;
}

// --- The move from storage.local ------------------------------------------------------------------------

/** What storage.local may still hold from before: the address and the tokens in the settings items. */
type LegacyTeamAlerts = TeamAlertsSettings & { url?: unknown };
type LegacySources = Partial<Record<SourceId, { token?: unknown }>>;

export interface MigrationResult {
  /** Secrets copied from storage.local by this run. */
  copied: string[];
  /** Secret fields removed from storage.local by this run. */
  cleared: string[];
}

const secretIn = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

async function migrateNow(): Promise<MigrationResult> {
  const team = (await teamAlertsSettings.getValue()) as LegacyTeamAlerts;
  const sources = ((await sourcesSettings.getValue()) ?? {}) as LegacySources;
  // The fields present, whether or not they hold a secret ("" was the default address).
  const found = new Map<string, { secret: string | null }>();
  if (team && 'url' in team) found.set(WEBHOOK_KEY, { secret: secretIn(team.url) });
  for (const id of SOURCE_IDS) {
    const source = sources[id];
    if (source && 'token' in source) found.set(tokenKey(id), { secret: secretIn(source.token) });
  }
  if (found.size === 0) return { copied: [], cleared: [] };

  // 1. Copied in one transaction, where this database has no value yet (its own is newer).
  const toCopy = [...found].filter((entry): entry is [string, { secret: string }] => entry[1].secret !== null);
  const db = secretsDb();
  const copied: string[] = [];
  if (toCopy.length > 0) {
    await db.transaction('rw', db.secrets, async () => {
      for (const [key, { secret }] of toCopy) {
        if ((await db.secrets.get(key)) !== undefined) continue;
        await db.secrets.add({ key, value: secret, savedAt: Date.now() });
        copied.push(key);
      }
    });
  }

  // 2. Read back after the commit: a field leaves storage.local only if this database holds the secret
  // (the copy, equal; or its own newer value). A field without a secret has nothing to keep.
  const removable = new Set<string>();
  for (const [key, { secret }] of found) {
    if (secret === null) {
      removable.add(key);
      continue;
    }
    const row = await db.secrets.get(key);
    if (row !== undefined && (row.value === secret || !copied.includes(key))) removable.add(key);
  }

  // 3. Removed from storage.local, each item written once, read again just before.
  const cleared: string[] = [];
  if (removable.has(WEBHOOK_KEY)) {
    const now = (await teamAlertsSettings.getValue()) as LegacyTeamAlerts;
    if (now && 'url' in now) {
      const { url: _secret, ...rest } = now;
      await teamAlertsSettings.setValue(rest);
      cleared.push(WEBHOOK_KEY);
    }
  }
  const tokenKeys = SOURCE_IDS.filter((id) => removable.has(tokenKey(id)));
  if (tokenKeys.length > 0) {
    const now = { ...((await sourcesSettings.getValue()) as LegacySources) };
    for (const id of tokenKeys) {
      const source = now[id];
      if (!source || !('token' in source)) continue;
      const { token: _secret, ...rest } = source;
      now[id] = rest;
      cleared.push(tokenKey(id));
    }
    if (cleared.some((key) => key !== WEBHOOK_KEY)) await sourcesSettings.setValue(now as SourcesSettings);
  }
  return { copied, cleared };
}

/**
 * Moves any secret still in storage.local here. Idempotent, and safe to stop at any point: a secret
 * leaves storage.local only after its copy here has been read back, so a run stopped halfway leaves it in
 * one place or both, and the next run finishes the move. The worker runs it when it starts; the reads
 * below run it first (once per context), so a page opened before the worker did still finds the secret.
 */
export function migrateSecrets(): Promise<MigrationResult> {
  return exclusively(migrateNow);
}

/** The move, once per context (again after a failure). */
export function ensureSecretsMigrated(): Promise<void> {
  secretsDb();
  const current = handle!;
  current.migrated ??= migrateSecrets().then(
    () => undefined,
    (error: unknown) => {
      current.migrated = undefined;
      throw error;
    },
  );
  return current.migrated;
}

// --- Reading and writing --------------------------------------------------------------------------------

/**
 * One secret: this database's value; while the move has not succeeded (a database that cannot be
 * written), the one still in storage.local, so a secret is never lost from view.
 */
async function readSecret(key: string, legacy: () => Promise<unknown>): Promise<string> {
  await ensureSecretsMigrated().catch(() => undefined);
  const row = await secretsDb()
    .secrets.get(key)
    .catch(() => undefined);
  if (row !== undefined) return row.value;
  return secretIn(await legacy()) ?? '';
}

async function writeSecret(key: string, value: string): Promise<void> {
  await exclusively(async () => {
    // A secret still in storage.local is moved first: the value written here is then the newest.
    await migrateNow();
    await secretsDb().secrets.put({ key, value, savedAt: Date.now() });
  });
}

/** The team-alerts webhook address; "" when none is saved. */
export function getWebhookUrl(): Promise<string> {
  return readSecret(WEBHOOK_KEY, async () => ((await teamAlertsSettings.getValue()) as LegacyTeamAlerts).url);
}

/** Saves the webhook address ("" removes it). */
export function setWebhookUrl(url: string): Promise<void> {
  return writeSecret(WEBHOOK_KEY, url);
}

/** A source's access token; "" when none is saved. */
export function getSourceToken(id: SourceId): Promise<string> {
  return readSecret(tokenKey(id), async () => ((await sourcesSettings.getValue()) as LegacySources)[id]?.token);
}

/** Every source's token that is set. */
export async function getSourceTokens(): Promise<Partial<Record<SourceId, string>>> {
  const tokens: Partial<Record<SourceId, string>> = {};
  for (const id of SOURCE_IDS) {
    const token = await getSourceToken(id);
    if (token) tokens[id] = token;
  }
  return tokens;
}

/** Saves a source's token ("" removes it). */
export function setSourceToken(id: SourceId, token: string): Promise<void> {
  return writeSecret(tokenKey(id), token);
}

/**
 * Follows the webhook address: `listener` gets it now and after every change, made in this context or
 * another (Dexie tells the extension's other pages and its worker of each write). Returns the unsubscribe.
 */
export function watchWebhookUrl(listener: (url: string) => void): () => void {
  let latest = 0;
  let stopped = false;
  const refresh = () => {
    const call = ++latest;
    void getWebhookUrl().then(
      (url) => {
        if (!stopped && call === latest) listener(url);
      },
      () => undefined,
    );
  };
  // The query only says that a secret changed; the value is read as getWebhookUrl reads it. Renewed, as the
  // pages' own live queries are: the address rarely changes, and a live query holds what every write to any
  // database changed until it runs again (the popup, open through a crisis, held the keys of every mention).
  const subscription = renewingLiveQuery(() => secretsDb().secrets.get(WEBHOOK_KEY)).subscribe({ next: refresh, error: refresh });
  return () => {
    stopped = true;
    subscription.unsubscribe();
  };
}

/**
 * Deletes every secret ("Delete all stored data"): what storage.local may still hold first, then this
 * database, so nothing is left to be copied back.
 */
export function deleteSecrets(): Promise<void> {
  return exclusively(async () => {
    // With no address left, team alerts are off, as "Remove address" leaves them.
    const team = (await teamAlertsSettings.getValue()) as LegacyTeamAlerts;
    if (team && ('url' in team || team.enabled)) {
      const { url: _secret, ...rest } = team;
      await teamAlertsSettings.setValue({ ...rest, enabled: false });
    }
    const sources = { ...((await sourcesSettings.getValue()) as LegacySources) };
    let changed = false;
    for (const id of SOURCE_IDS) {
      const source = sources[id];
      if (!source || !('token' in source)) continue;
      const { token: _secret, ...rest } = source;
      sources[id] = rest;
      changed = true;
    }
    if (changed) await sourcesSettings.setValue(sources as SourcesSettings);
    await secretsDb().secrets.clear();
  });
}

// --- The settings items without their secrets -----------------------------------------------------------

/**
 * The team-alerts settings as storage.local may keep them: without an address. A page's draft, read
 * before the move, may still carry one; it is dropped only once the move has succeeded (else it stays
 * where it is, not lost).
 */
export async function storableTeamAlerts(settings: TeamAlertsSettings): Promise<TeamAlertsSettings> {
  try {
    await ensureSecretsMigrated();
  } catch {
    return settings;
  }
  const { url: _secret, ...rest } = settings as LegacyTeamAlerts;
  return rest;
}

/** The sources' settings as storage.local may keep them: without tokens (as storableTeamAlerts). */
export async function storableSources(settings: SourcesSettings): Promise<SourcesSettings> {
  try {
    await ensureSecretsMigrated();
  } catch {
    return settings;
  }
  const out = { ...settings } as Record<string, unknown>;
  for (const id of SOURCE_IDS) {
    const source = settings[id] as (SourcesSettings[SourceId] & { token?: unknown }) | undefined;
    if (!source || !('token' in source)) continue;
    const { token: _secret, ...rest } = source;
    out[id] = rest;
  }
  return out as unknown as SourcesSettings;
}
