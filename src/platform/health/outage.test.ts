// The database goes away while the app runs, then comes back: /health and
// pages say so plainly, and the app recovers without a restart.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { Database } from "../db/client.ts";
import { createPostgresTestDatabase, testDbKinds } from "../db/test-db.ts";
import { postgresBehindProxy, type TcpProxy } from "../../../tests/support/tcp-proxy.ts";
import { buildTestApp, http } from "../../../tests/support/test-app.ts";

// Registered only when a PostgreSQL server is available (TEST_DATABASE_URL), as .ci/run sets it.
if (testDbKinds().includes("postgres")) describe("database outage on PostgreSQL", () => {
  let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let proxy: TcpProxy;
  let database: Database;
  let app: Awaited<ReturnType<typeof buildTestApp>>["app"];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    created = await createPostgresTestDatabase();
    ({ proxy, database } = await postgresBehindProxy(created.url, { poolMax: 2, connectTimeoutS: 2 }));
    ({ app, stop } = await buildTestApp(database, { env: { SETTINGS_CACHE_SECONDS: "0" } }));
  });
  afterAll(async () => {
    await stop();
    proxy.close();
    await database.close();
    await created.drop();
    // A pool whose connections were cut takes up to its 5 s close timeout to end.
  }, 15_000);

  test("health and pages report the outage, then recover by themselves", async () => {
    expect((await app.handle(http("/health"))).status).toBe(200);

    proxy.cut();
    const health = await app.handle(http("/health"));
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "error", db: "down" });
    const page = await app.handle(http("/"));
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("cannot reach its database right now");

    proxy.restore();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await app.handle(http("/health"))).status;
      if (status !== 200) await Bun.sleep(100);
    }
    expect(status).toBe(200);
    expect((await app.handle(http("/"))).status).toBe(200);
  });
});
