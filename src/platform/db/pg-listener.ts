// LISTEN on PostgreSQL that survives an outage. postgres.js re-listens once
// when its listening connection drops and gives up for good if the server is
// still away at that moment, so after a database blip an instance would never
// again hear of settings changes, cancelled jobs or remote progress. This
// keeps one connection of its own for every channel, and after any close
// subscribes them all again with backoff until the server answers.
import postgres from "postgres";

export type Unlisten = () => Promise<void>;

interface Subscription {
  onPayload: (payload: string) => void;
  /** Called after the channel was subscribed again: notifications may have been missed. */
  onResubscribed?: () => void;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;

const quoted = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

export class PgListener {
  private readonly channels = new Map<string, Set<Subscription>>();
  private readonly sql: postgres.Sql;
  private retryTimer: Timer | undefined;
  private retryMs = FIRST_RETRY_MS;
  private resubscribing = false;
  private stale = false;
  private closed = false;

  constructor(url: string, options: postgres.Options<Record<string, never>>) {
    // `onnotify` (every notification on the connection) is a real option of
    // postgres.js that its typings leave out.
    const listening: postgres.Options<Record<string, never>> & { onnotify: (channel: string, payload: string) => void } = {
      ...options,
      max: 1,
      idle_timeout: 0,
      max_lifetime: null,
      fetch_types: false,
      onnotify: (channel, payload) => {
        for (const s of this.channels.get(channel) ?? []) s.onPayload(payload);
      },
      onclose: () => this.scheduleResubscribe(),
    };
    this.sql = postgres(url, listening);
  }

  async listen(channel: string, subscription: Subscription): Promise<Unlisten> {
    let subs = this.channels.get(channel);
    if (!subs) {
      subs = new Set();
      this.channels.set(channel, subs);
      subs.add(subscription);
      try {
        await this.sql.unsafe(`listen ${quoted(channel)}`);
      } catch (err) {
        subs.delete(subscription);
        if (!subs.size) this.channels.delete(channel);
        throw err;
      }
    } else {
      subs.add(subscription);
    }
    return async () => {
      subs.delete(subscription);
      if (subs.size || this.channels.get(channel) !== subs) return;
      this.channels.delete(channel);
      // While the server is away there is nothing to unlisten from.
      await this.sql.unsafe(`unlisten ${quoted(channel)}`).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.sql.end({ timeout: 1 });
  }

  // A close can come while a resubscription is under way (the server went
  // away again): `stale` makes sure one more round follows it.
  private scheduleResubscribe(): void {
    if (this.closed || !this.channels.size) return;
    this.stale = true;
    if (!this.retryTimer && !this.resubscribing) this.retryTimer = setTimeout(() => void this.resubscribe(), this.retryMs);
  }

  private async resubscribe(): Promise<void> {
    this.retryTimer = undefined;
    this.resubscribing = true;
    this.stale = false;
    const channels = [...this.channels.keys()];
    try {
      for (const channel of channels) await this.sql.unsafe(`listen ${quoted(channel)}`);
      this.retryMs = FIRST_RETRY_MS;
      for (const channel of channels) for (const s of this.channels.get(channel) ?? []) s.onResubscribed?.();
    } catch {
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
      this.stale = true;
    } finally {
      this.resubscribing = false;
    }
    if (this.stale) this.scheduleResubscribe();
  }
}
