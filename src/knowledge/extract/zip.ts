// Opening Office files (DOCX, PPTX are zips) without trusting them. The
// central directory is read first and its declared sizes checked; then every
// entry is inflated as a stream with its real output counted against what it
// declared, because the declared sizes are exactly what a zip bomb lies about.
// Only after that do mammoth or our slide reader inflate anything for real.
import { Inflate } from "fflate";
import { UnprocessableError } from "../errors.ts";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  headerOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of every entry once inflated. */
  maxTotalBytes: number;
  /** Inflated / compressed, per entry over 1 MB: ordinary XML stays well under 100. */
  maxRatio: number;
}

export const officeZipLimits: ZipLimits = { maxEntries: 5000, maxTotalBytes: 200 * 1024 * 1024, maxRatio: 200 };

const bomb = () => new UnprocessableError("The file expands to far more data than its size suggests (a zip bomb?), so it was not opened.");
const damaged = (what: string) => new UnprocessableError(`The file is damaged: ${what}.`);

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The entries listed in the central directory. Throws UnprocessableError for a damaged or hostile zip. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = officeZipLimits): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged("its table of contents is missing");
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new UnprocessableError("The file is too large to open (ZIP64 archives are not supported).");
  if (count > limits.maxEntries) throw new UnprocessableError(`The file holds ${count} parts; at most ${limits.maxEntries} are allowed.`);

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged("its table of contents is cut short");
    const flags = u16(bytes, p + 8);
    const entry: ZipEntry = {
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      headerOffset: u32(bytes, p + 42),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + u16(bytes, p + 28))),
    };
    if (flags & 1) throw new UnprocessableError("The file is password-protected. Remove the password and upload it again.");
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new UnprocessableError("The file is too large to open (ZIP64 archives are not supported).");
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`part ${entry.name} uses an unsupported compression`);
    total += entry.size;
    if (total > limits.maxTotalBytes) throw bomb();
    if (entry.size > 1024 * 1024 && entry.size / Math.max(1, entry.compressedSize) > limits.maxRatio) throw bomb();
    entries.push(entry);
    p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const h = entry.headerOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw damaged(`part ${entry.name} is missing`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged(`part ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one entry, refusing to produce more than it declared. With
 * `keep: false` the output is only counted (memory stays at one chunk).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, keep = true): Uint8Array {
  const data = dataOf(bytes, entry);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw damaged(`part ${entry.name} has the wrong size`);
    return keep ? data : new Uint8Array(0);
  }
  const out: Uint8Array[] = [];
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw bomb();
    if (keep) out.push(chunk);
  });
  try {
    // Small input steps bound each output burst (deflate expands at most ~1032x).
    for (let i = 0; i < data.length; i += 16_384) inflate.push(data.subarray(i, i + 16_384), i + 16_384 >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof UnprocessableError) throw err;
    throw damaged(`part ${entry.name} cannot be decompressed`);
  }
  if (produced !== entry.size) throw damaged(`part ${entry.name} has the wrong size`);
  if (!keep) return new Uint8Array(0);
  const result = new Uint8Array(produced);
  let o = 0;
  for (const c of out) {
    result.set(c, o);
    o += c.length;
  }
  return result;
}

/** Reads the directory and proves every entry inflates to no more than it says. */
export function guardZip(bytes: Uint8Array, limits: ZipLimits = officeZipLimits): ZipEntry[] {
  const entries = readZipDirectory(bytes, limits);
  for (const entry of entries) inflateEntry(bytes, entry, false);
  return entries;
}
