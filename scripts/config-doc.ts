// Prints the configuration reference (README's table) from src/config.ts.
import { envSpec } from "../src/config.ts";
import { envReference } from "../src/platform/env-vars.ts";

console.log(envReference(envSpec));
