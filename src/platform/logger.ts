// JSON-lines logging. One line per event, with the request id when there is
// one. Every string passes through `redact` first: main.ts installs the
// safety feature's PII redactor; the basic one below (emails, long digit runs)
// covers tools and tests that log without it.
export type LogLevel = "debug" | "info" | "warn" | "error";
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Fields = Record<string, unknown>;
export type Redactor = (text: string) => string;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

export const basicRedactor: Redactor = (text) =>
  text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[EMAIL]")
    .replace(/\b\d(?:[ -]?\d){6,}\b/g, "[NUMBER]");

function redactValue(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (value instanceof Error) return { name: value.name, message: redact(value.message), stack: value.stack && redact(value.stack) };
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact, depth + 1)]));
}

export interface LoggerOptions {
  level: LogLevel;
  write?: (line: string) => void;
  redact?: Redactor;
}

export function createLogger(options: LoggerOptions, base: Fields = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line + "\n"));
  const redact = options.redact ?? basicRedactor;
  const min = order[options.level];
  const log = (level: LogLevel, msg: string, fields?: Fields) => {
    if (order[level] < min) return;
    const entry = redactValue({ time: new Date().toISOString(), level, msg, ...base, ...fields }, redact);
    write(JSON.stringify(entry));
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}
