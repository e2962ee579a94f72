// The two images Pulumi builds (Dockerfile, workers/Dockerfile). No Docker
// daemon runs here, so these tests read the Dockerfiles and check what a
// broken image would show at once: a missing source file, a root user, a
// health check that cannot pass, a dev install.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { healthCommand } from "./components/app.ts";
import { WORKER_NAMES } from "./components/worker-plan.ts";
import { REPO_ROOT } from "./testing/stack-config.ts";

interface Instruction {
  op: string;
  args: string;
}

/** Instructions of a Dockerfile, continuation lines joined, comments dropped. */
function parseDockerfile(path: string): Instruction[] {
  const text = readFileSync(join(REPO_ROOT, path), "utf8").replace(/\\\n/g, " ");
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [op = "", ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(" ") };
    });
}

/** The instructions of the last stage, the one that becomes the image. */
function finalStage(instructions: Instruction[]): Instruction[] {
  const last = instructions.map((i) => i.op).lastIndexOf("FROM");
  return instructions.slice(last);
}

function copiedPaths(stage: Instruction[]): string[] {
  return stage.filter((i) => i.op === "COPY" && !i.args.startsWith("--from")).flatMap((i) => i.args.replace(/--\S+\s+/g, "").split(/\s+/).slice(0, -1));
}

/** Repository folders holding the files an entry point imports, found by bundling it. */
async function sourceFoldersOf(entry: string): Promise<string[]> {
  const result = await Bun.build({ entrypoints: [join(REPO_ROOT, entry)], target: "bun", packages: "external", metafile: true, root: REPO_ROOT });
  expect(result.success).toBe(true);
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  expect(inputs.length).toBeGreaterThan(5);
  // Metafile paths are relative to the working directory.
  return [...new Set(inputs.map((file) => relative(REPO_ROOT, resolve(file)).split("/")[0] ?? ""))].sort();
}

const images = {
  app: parseDockerfile("Dockerfile"),
  workers: parseDockerfile("workers/Dockerfile"),
};

describe.each(Object.entries(images))("%s image", (_, instructions) => {
  const stage = finalStage(instructions);

  test("is built in stages on a pinned official Bun image", () => {
    const froms = instructions.filter((i) => i.op === "FROM").map((i) => i.args);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^oven\/bun:\$\{BUN_VERSION\}-slim AS \w+$/);
    expect(instructions.find((i) => i.op === "ARG")?.args).toMatch(/^BUN_VERSION=\d+\.\d+\.\d+$/);
  });

  test("installs production dependencies from the lockfile, without install scripts", () => {
    const install = instructions.find((i) => i.op === "RUN" && i.args.includes("bun install"));
    expect(install?.args).toBe("bun install --frozen-lockfile --production --ignore-scripts");
    expect(stage.some((i) => i.op === "RUN" && i.args.includes("install"))).toBe(false);
  });

  test("runs as the unprivileged bun user", () => {
    const users = stage.filter((i) => i.op === "USER").map((i) => i.args);
    expect(users.at(-1)).toBe("bun");
  });

  test("copies only paths that exist in the repository", () => {
    const copied = copiedPaths(stage);
    expect(copied.length).toBeGreaterThan(3);
    for (const path of copied) expect(existsSync(join(REPO_ROOT, path)) ? path : `${path} (missing)`).toBe(path);
  });
});

describe("app image", () => {
  const stage = finalStage(images.app);

  test("serves in production on 0.0.0.0:3000 with `bun run start`", () => {
    expect(stage.find((i) => i.op === "ENV")?.args).toBe("NODE_ENV=production HOST=0.0.0.0 PORT=3000");
    expect(stage.find((i) => i.op === "CMD")?.args).toBe('["bun", "run", "start"]');
    expect(JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).scripts.start).toBe("bun run src/main.ts");
  });

  test("holds every file the server and `bun run db:migrate` need", async () => {
    const copied = copiedPaths(stage);
    for (const file of ["package.json", "bun.lock", "tsconfig.json", "bunfig.toml", "drizzle.config.ts", "src", "views", "public", "migrations"]) expect(copied).toContain(file);
    for (const folder of [...(await sourceFoldersOf("src/main.ts")), ...(await sourceFoldersOf("src/platform/db/migrate-cli.ts"))]) expect(copied).toContain(folder);
  });
});

describe("workers image", () => {
  const stage = finalStage(images.workers);

  test("starts the Lambda runtime loop, the command naming the worker", () => {
    expect(JSON.parse(stage.find((i) => i.op === "ENTRYPOINT")?.args ?? "null")).toEqual(["bun", "run", "workers/lambda.ts"]);
    const [worker] = JSON.parse(stage.find((i) => i.op === "CMD")?.args ?? "[]") as string[];
    expect(WORKER_NAMES).toContain(worker as (typeof WORKER_NAMES)[number]);
    expect(stage.find((i) => i.op === "ENV")?.args).toContain("BUN_RUNTIME_TRANSPILER_CACHE_PATH=0");
  });

  test("holds every file the workers import, and the migrations they check at start", async () => {
    const copied = copiedPaths(stage);
    for (const file of ["package.json", "bun.lock", "tsconfig.json", "src", "workers", "migrations"]) expect(copied).toContain(file);
    for (const folder of await sourceFoldersOf("workers/lambda.ts")) expect(copied).toContain(folder);
  });
});

test(".dockerignore keeps secrets, local data and dependencies out, and nothing an image copies", () => {
  const ignored = readFileSync(join(REPO_ROOT, ".dockerignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  for (const entry of [".env", ".env.*", ".data", "**/node_modules", ".git"]) expect(ignored).toContain(entry);
  for (const path of [...copiedPaths(finalStage(images.app)), ...copiedPaths(finalStage(images.workers))]) expect(ignored).not.toContain(path);
});

describe("health checks", () => {
  let status = 200;
  let server: ReturnType<typeof Bun.serve>;
  beforeAll(() => {
    server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: (req) => (new URL(req.url).pathname === "/health" ? new Response("{}", { status }) : new Response("no", { status: 404 })) });
  });
  afterAll(() => server.stop(true));

  // Asynchronous: the server answering the check lives in this process.
  const run = (command: string[]) => Bun.spawn(command, { env: { ...process.env, PORT: String(server.port) }, stdout: "ignore", stderr: "ignore" }).exited;
  const dockerCheck = () => {
    const line = finalStage(images.app).find((i) => i.op === "HEALTHCHECK")?.args ?? "";
    const [, json = "[]"] = line.split(" CMD ");
    const command = JSON.parse(json) as string[];
    expect(command[0]).toBe("bun");
    return command;
  };

  test("the image's HEALTHCHECK passes while /health answers 200 and fails on 503", async () => {
    status = 200;
    expect(await run(dockerCheck())).toBe(0);
    status = 503;
    expect(await run(dockerCheck())).toBe(1);
  });

  test("the ECS container health check does the same on the task's port", async () => {
    const [, ...command] = healthCommand(server.port ?? 0);
    status = 200;
    expect(await run(command)).toBe(0);
    status = 503;
    expect(await run(command)).toBe(1);
  });
});
