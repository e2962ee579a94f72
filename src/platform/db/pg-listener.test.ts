// LISTEN outlives a database outage: once the server is back, every channel
// hears notifications again and its subscribers learn they may have missed some.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { postgresBehindProxy, type TcpProxy } from "../../../tests/support/tcp-proxy.ts";
import { openPostgres, type Database } from "./client.ts";
import { createPostgresTestDatabase, testDbKinds } from "./test-db.ts";

async function eventually(check: () => boolean, what: string, poll?: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) {
    await poll?.();
    if (!check()) await Bun.sleep(50);
  }
  if (!check()) throw new Error(`never happened: ${what}`);
}

if (testDbKinds().includes("postgres")) describe("LISTEN across a PostgreSQL outage", () => {
  let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let proxy: TcpProxy;
  let viaProxy: Database;
  let direct: Database;

  beforeAll(async () => {
    created = await createPostgresTestDatabase();
    ({ proxy, database: viaProxy } = await postgresBehindProxy(created.url, { poolMax: 2, connectTimeoutS: 2 }));
    direct = await openPostgres(created.url, { poolMax: 1 });
  });
  // A pool whose connections were cut takes up to its 5 s close timeout to end.
  afterAll(async () => {
    proxy.close();
    await viaProxy.close();
    await direct.close();
    await created.drop();
  }, 15_000);

  test("every channel hears notifications again after the server comes back, and says it resubscribed", async () => {
    const heard: string[] = [];
    const resubscribed: string[] = [];
    const unlistenA = await viaProxy.listen("outage_a", (p) => heard.push(`a:${p}`), () => resubscribed.push("a"));
    const unlistenB = await viaProxy.listen("outage_b", (p) => heard.push(`b:${p}`), () => resubscribed.push("b"));
    await direct.notify("outage_a", "before");
    await eventually(() => heard.includes("a:before"), "the first notification");

    proxy.cut();
    // Long enough for several refused reconnects, which once dropped the subscription for good.
    await Bun.sleep(700);
    await direct.notify("outage_b", "while away");
    proxy.restore();
    await eventually(() => resubscribed.length === 2, "both channels resubscribed");
    expect(resubscribed.sort()).toEqual(["a", "b"]);

    await direct.notify("outage_a", "after");
    await direct.notify("outage_b", "after");
    await eventually(() => heard.includes("a:after") && heard.includes("b:after"), "notifications after the outage");
    expect(heard).not.toContain("b:while away");

    await unlistenA();
    await direct.notify("outage_a", "unlistened");
    await direct.notify("outage_b", "last");
    await eventually(() => heard.includes("b:last"), "the last notification");
    expect(heard).not.toContain("a:unlistened");
    await unlistenB();
  });

  // bun test fails a test during which a promise rejects unhandled, as this one did before the fix.
  test("a transaction that finished earlier does not turn the next outage into an unhandled rejection", async () => {
    await viaProxy.db.transaction(async (tx) => {
      await tx.execute("select 1");
    });
    proxy.cut();
    expect(await viaProxy.ping(500)).toBe(false);
    await Bun.sleep(200);
    proxy.restore();
    let back = false;
    await eventually(() => back, "the database answering again", async () => (back = await viaProxy.ping(500)));
    expect(back).toBe(true);
  });
});
