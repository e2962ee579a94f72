// Reading a roster .zip without trusting it. The central directory is read
// first (a file that is not a zip stops here); entries are then inflated as a
// stream and their real bytes counted, because the sizes a zip declares are
// exactly what a zip bomb lies about.
import { Unzip, UnzipInflate, unzipSync } from "fflate";

export interface ZipLimits {
  /** A OneRoster bundle holds about a dozen files. */
  maxEntries: number;
  /** Largest single file once inflated. */
  maxEntryBytes: number;
  /** Largest sum of the inflated files Atelier reads. */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;
export const defaultZipLimits: ZipLimits = { maxEntries: 200, maxEntryBytes: 100 * MiB, maxTotalBytes: 250 * MiB };

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

const mib = (bytes: number) => `${Math.ceil(bytes / MiB)} MiB`;

/** The entry names of a zip, from its central directory. Throws ZipError when the bytes are not a zip. */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    throw new ZipError("is not a valid zip file");
  }
  if (names.length > limits.maxEntries) {
    throw new ZipError(`holds ${names.length} entries; a OneRoster bundle has about a dozen (at most ${limits.maxEntries} are read)`);
  }
  return names;
}

/** Inflates the entries named in `wanted`, refusing any that grows past the limits. */
export function extractZipEntries(bytes: Uint8Array, wanted: ReadonlySet<string>, limits: ZipLimits = defaultZipLimits): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!wanted.has(file.name)) return;
    if (file.originalSize !== undefined && file.originalSize > limits.maxEntryBytes) {
      throw new ZipError(`entry ${file.name} would inflate to ${mib(file.originalSize)}, over the ${mib(limits.maxEntryBytes)} limit`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      // fflate hands an error thrown here back to this callback: keep ours as it is.
      if (err) throw err instanceof ZipError ? err : new ZipError(`entry ${file.name} is damaged (${err.message})`);
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) throw new ZipError(`entry ${file.name} inflates past the ${mib(limits.maxEntryBytes)} limit (a zip bomb?)`);
      if (total > limits.maxTotalBytes) throw new ZipError(`the roster files inflate past the ${mib(limits.maxTotalBytes)} limit (a zip bomb?)`);
      chunks.push(chunk);
      if (final) found.set(file.name, concat(chunks, size));
    };
    try {
      file.start();
    } catch (err) {
      if (err instanceof ZipError) throw err;
      throw new ZipError(`entry ${file.name} uses compression method ${file.compression}; save the zip with standard (deflate) compression`);
    }
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError(`is damaged (${err instanceof Error ? err.message : String(err)})`);
  }
  for (const name of wanted) {
    if (!found.has(name)) throw new ZipError(`entry ${name} could not be read (the zip is truncated or damaged)`);
  }
  return found;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
