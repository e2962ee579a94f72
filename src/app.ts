// Composes the feature plugins into one Elysia app. Everything the features
// need arrives in AppDeps; nothing here reads the environment.
import { html } from "@elysiajs/html";
import { Elysia } from "elysia";
import { modelAndSettingsRoutes } from "./admin/model-routes.tsx";
import { adminRoutes } from "./admin/routes.tsx";
import { ROSTER_UPLOAD_LIMIT, rosterRoutes } from "./admin/roster-routes.tsx";
import { safetyAdminRoutes } from "./admin/safety-routes.tsx";
import type { SafetyGate } from "./ai/gateway.ts";
import type { ProviderRegistryOptions } from "./ai/providers.ts";
import { createGround } from "./chat/grounding.ts";
import { chatRoutes } from "./chat/routes.tsx";
import type { ChatRuntime } from "./chat/runtime.ts";
import type { PipelineDeps } from "./knowledge/pipeline.ts";
import { knowledgeRoutes } from "./knowledge/routes.tsx";
import type { SafetyRuntime } from "./safety/gate.ts";
import { safetyRoutes } from "./safety/routes.tsx";
import { deriveCsrfKey } from "./auth/csrf.ts";
import { completeOidcSignIn } from "./auth/oidc-session.ts";
import { createOidcSignIn } from "./auth/oidc/client.ts";
import { oidcRoutes } from "./auth/oidc/routes.ts";
import { usedStatesInDatabase } from "./auth/oidc/used-states.ts";
import { authPlugin } from "./auth/plugin.ts";
import { authRoutes } from "./auth/routes.tsx";
import type { Config } from "./config.ts";
import { homeRoutes } from "./home/routes.tsx";
import type { Database } from "./platform/db/client.ts";
import { healthRoutes } from "./platform/health/routes.ts";
import { httpPlatform } from "./platform/http.tsx";
import type { Logger } from "./platform/logger.ts";
import { isHttps } from "./platform/request-info.ts";
import type { Settings } from "./platform/settings/service.ts";
import { staticAssets } from "./platform/static.ts";

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  settings: Settings;
  secretsKey: Uint8Array;
  chat: ChatRuntime;
  /** Blob store, queue and embedder of the knowledge feature (the workers use the same). */
  knowledge: PipelineDeps;
  safety: SafetyRuntime;
  /** The safety policy every model call passes (src/safety). */
  gate: SafetyGate;
  /** Provider overrides: tests and benchmarks point providers at local servers or pace the offline model. */
  providers?: Omit<ProviderRegistryOptions, "settings">;
}

export function createApp(deps: AppDeps) {
  const { config, database, logger, settings } = deps;
  const db = database.db;
  const requestInfo = { trustProxy: config.trustProxy, publicUrl: config.publicUrl };
  const isSecure = (request: Request) => isHttps(request, requestInfo);
  const auth = authPlugin({
    db,
    logger,
    policy: { ...config.session, activityIntervalMs: 60 * 60 * 1000 },
    csrfKey: deriveCsrfKey(deps.secretsKey),
    ownOrigins: config.ownOrigins,
    isSecure,
  });
  const oidcConfig = config.auth.oidc;
  const oidc = oidcConfig ? createOidcSignIn({ oidc: oidcConfig, secretsKey: deps.secretsKey, usedStates: usedStatesInDatabase(db), logger }) : undefined;

  const app = new Elysia()
    .use(
      httpPlatform({
        logger,
        maxBodyBytes: config.maxBodyBytes,
        // Uploads may be larger than forms; a little room for the multipart framing.
        bodyLimits: [
          { prefix: "/admin/roster", bytes: ROSTER_UPLOAD_LIMIT },
          { prefix: "/knowledge/", bytes: config.knowledge.uploadMaxBytes + 64 * 1024 },
        ],
        signInPath: "/auth/sign-in",
        ...requestInfo,
      }),
    )
    .use(html({ contentType: "text/html; charset=utf-8" }))
    .use(staticAssets)
    .use(healthRoutes(database))
    .use(auth)
    .use(authRoutes({ db, logger, auth, mode: config.auth.mode, oidc, ...requestInfo }));
  if (oidc && oidcConfig) {
    app.use(
      oidcRoutes({
        oidc,
        settings: oidcConfig,
        roleRules: config.auth.roleRules,
        auth,
        onSignedIn: completeOidcSignIn({ db, logger, sessionMaxAgeS: Math.floor(config.session.idleMs / 1000), isSecure }),
      }),
    );
  }
  const replies = {
    db,
    ground: createGround({ db, embedder: deps.knowledge.embedder }),
    runner: deps.chat.runner,
    gate: deps.gate,
    registry: { settings, ...deps.providers },
    logger,
    providerTimeoutMs: config.chat.providerTimeoutMs,
  };
  return app
    .use(homeRoutes({ settings, auth }))
    .use(chatRoutes({ auth, replies, follow: { database, runner: deps.chat.runner, bus: deps.chat.bus } }))
    .use(safetyRoutes({ db, auth, bus: deps.safety.bus }))
    .use(knowledgeRoutes({ auth, embedder: deps.knowledge.embedder, knowledge: { ...deps.knowledge, embeddingModel: config.knowledge.embeddingModel } }))
    .use(adminRoutes({ db, auth }))
    .use(modelAndSettingsRoutes({ db, settings, auth }))
    .use(rosterRoutes({ db, auth, defaultRoleId: config.auth.roleRules.defaultRole }))
    .use(safetyAdminRoutes({ auth, profiles: deps.safety.profiles }));
}

export type App = ReturnType<typeof createApp>;
