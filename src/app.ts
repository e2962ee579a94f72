// Composes the feature plugins into one Elysia app. Everything the features
// need arrives in AppDeps; nothing here reads the environment.
import { html } from "@elysiajs/html";
import { Elysia } from "elysia";
import type { Config } from "./config.ts";
import { homeRoutes } from "./home/routes.tsx";
import type { Database } from "./platform/db/client.ts";
import { healthRoutes } from "./platform/health/routes.ts";
import { httpPlatform } from "./platform/http.tsx";
import type { Logger } from "./platform/logger.ts";
import type { Settings } from "./platform/settings/service.ts";
import { staticAssets } from "./platform/static.ts";

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  settings: Settings;
}

export function createApp(deps: AppDeps) {
  const { config, database, logger, settings } = deps;
  return new Elysia()
    .use(
      httpPlatform({
        logger,
        maxBodyBytes: config.maxBodyBytes,
        trustProxy: config.trustProxy,
        publicUrl: config.publicUrl,
      }),
    )
    .use(html({ contentType: "text/html; charset=utf-8" }))
    .use(staticAssets)
    .use(healthRoutes(database))
    .use(homeRoutes(settings));
}

export type App = ReturnType<typeof createApp>;
