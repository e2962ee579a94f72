// Runs once before the tests (bunfig.toml [test].preload).
import { pgliteImage } from "../src/platform/db/pglite-image.ts";

await pgliteImage();
