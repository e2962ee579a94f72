// Runs once before the tests (bunfig.toml [test].preload).
import { pgliteImage } from "../src/platform/db/pglite-image.ts";
import { shippedClassifier } from "../src/safety/classifier/shipped.ts";

await pgliteImage();
// The safety classifier trains its weights once per engine change (a few seconds, cached in
// node_modules/.cache): here, so that no test pays for it inside its timeout.
shippedClassifier();
