// Every feature's tables, gathered so Drizzle's relational queries see them all.
// A feature adds its schema file here and to drizzle.config.ts.
export * from "../../auth/schema.ts";
export * from "../../auth/oidc/schema.ts";
export * from "../settings/schema.ts";
export * from "../audit/schema.ts";
export * from "../../roster/schema.ts";
export * from "../queue/schema.ts";
export * from "../../ai/schema.ts";
export * from "../../chat/schema.ts";
export * from "../../knowledge/schema.ts";
export * from "../../safety/incidents/schema.ts";
