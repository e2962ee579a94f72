// Roster files must be UTF-8. A Latin-1 or Windows-1252 export would otherwise
// land in the database as mojibake ("JosÃ©"), so it is refused with the line
// that gave it away.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reasons read after the file name: "users.csv is not UTF-8 text: ...". */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: `is UTF-16 text, not UTF-8. Save it as UTF-8 (in Excel: "CSV UTF-8") and import again.` };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `is not CSV text: line ${lineAt(body, nul)} holds a NUL byte (a binary or UTF-16 file?).` };
  try {
    return { ok: true, text: strict.decode(body) };
  } catch {
    const at = firstInvalidUtf8(body);
    const byte = body[at]!.toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      reason: `is not UTF-8 text: line ${lineAt(body, at)} holds the byte 0x${byte}, which is not UTF-8 (the file looks Latin-1 or Windows-1252). Save it as UTF-8 and import again.`,
    };
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length - 1;
}
