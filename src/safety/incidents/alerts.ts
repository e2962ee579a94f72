// What happens when an incident is recorded: every app instance hears of it
// (the live badges), and a critical one reaches responsible adults at once:
// an in-app notice, a log line, and in AWS the district's SNS alert topic.
// No alert carries the student's words or name: only where to look.
import { PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import type { Database } from "../../platform/db/client.ts";
import type { Logger } from "../../platform/logger.ts";
import { notifications, type Incident } from "./schema.ts";
import { responsibleAdults } from "./service.ts";

export const INCIDENT_CHANNEL = "atelier_incident";

export interface AlertOptions {
  database: Database;
  logger: Logger;
  publicUrl: string;
  /** Set in AWS (SAFETY_ALERT_TOPIC_ARN); locally the log line and the in-app notice are the channel. */
  sns?: { client: SNSClient; topicArn: string };
}

export function isCritical(incident: Pick<Incident, "severity" | "decision">): boolean {
  return incident.severity === "critical" || incident.decision === "alert";
}

export async function announceIncident(opts: AlertOptions, incident: Incident): Promise<void> {
  await opts.database.notify(INCIDENT_CHANNEL, JSON.stringify({ id: incident.id, userId: incident.userId, severity: incident.severity }));
  if (!isCritical(incident)) return;

  const link = `${opts.publicUrl}/safety/incidents/${incident.id}`;
  const what = incident.categories.join(", ") || "safety";
  const recipients = await responsibleAdults(opts.database.db, incident.userId);
  if (recipients.length) {
    await opts.database.db
      .insert(notifications)
      .values(recipients.map((userId) => ({ userId, kind: "critical_incident", incidentId: incident.id, text: `Critical safety incident (${what}). Please review it now.` })));
  }
  opts.logger.warn("critical safety incident", { incidentId: incident.id, categories: incident.categories, notified: recipients.length });
  if (opts.sns) {
    try {
      await opts.sns.client.send(
        new PublishCommand({
          TopicArn: opts.sns.topicArn,
          Subject: "Atelier: critical safety incident",
          Message: `A critical safety incident (${what}) was recorded at ${incident.createdAt.toISOString()}. Review it in Atelier: ${link}`,
          MessageAttributes: { severity: { DataType: "String", StringValue: incident.severity } },
        }),
      );
    } catch (err) {
      // The in-app notice and the log line stand; the alarm on failed SNS publishes tells operators.
      opts.logger.error("safety alert could not be published", { incidentId: incident.id, error: err });
    }
  }
}
