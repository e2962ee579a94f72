# syntax=docker/dockerfile:1
# The Atelier app: `bun run start` (src/main.ts) behind the ALB, configured
# entirely by its environment (DATABASE_URL and the rest; see the README's
# configuration table). Pulumi builds it for linux/arm64 (Fargate Graviton).
ARG BUN_VERSION=1.4.5

# Production dependencies only. --ignore-scripts skips the root postinstall,
# which prepares the embedded database for laptops: production uses PostgreSQL.
FROM oven/bun:${BUN_VERSION}-slim AS deps
WORKDIR /app
COPY package.json bun.lock ./
# Fixes to dependencies (package.json patchedDependencies) apply at install.
COPY patches ./patches
RUN bun install --frozen-lockfile --production --ignore-scripts

FROM oven/bun:${BUN_VERSION}-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
# Everything is owned by root and only readable by the app's user, which
# cannot change its own code.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json bun.lock tsconfig.json bunfig.toml drizzle.config.ts ./
COPY src ./src
COPY views ./views
COPY public ./public
COPY migrations ./migrations
# In embedded or local-queue mode the app runs the ingestion workers in-process.
COPY workers ./workers
USER bun
EXPOSE 3000
# The image has no curl; Bun's fetch asks /health (503 while the database is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bun", "-e", "fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/health`).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `bun run` forwards SIGTERM, so the server drains before ECS stops the task.
CMD ["bun", "run", "start"]
