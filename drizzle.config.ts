import { defineConfig } from "drizzle-kit";

// Migrations are generated from the feature schemas and committed; they run
// unchanged on PGlite and on PostgreSQL. drizzle-kit only needs the dialect to
// generate SQL; it never connects here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/platform/db/schema.ts",
  out: "./migrations",
});
