// Hears every new incident, on whichever instance it was recorded (one LISTEN
// per process), for the live badges.
import type { Database, Unlisten } from "../../platform/db/client.ts";
import { INCIDENT_CHANNEL } from "./alerts.ts";

export interface IncidentEvent {
  id: string;
  userId: string;
  severity: string;
}

export class IncidentBus {
  private readonly listeners = new Set<(event: IncidentEvent) => void>();
  private unlisten: Unlisten | undefined;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(INCIDENT_CHANNEL, (payload) => {
      let event: IncidentEvent;
      try {
        event = JSON.parse(payload) as IncidentEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(event);
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  subscribe(listener: (event: IncidentEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
