// Which network addresses a fetched URL may reach: public unicast only. The
// ranges are those of the IANA special-purpose registries; IPv6 forms that
// embed an IPv4 address (mapped, NAT64, 6to4) are judged by that address.
import { isIPv4, isIPv6 } from "node:net";

type Range = [bytes: number[], prefix: number];

const blockedV4: Range[] = [
  [[0, 0, 0, 0], 8], // "this" network
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // carrier-grade NAT
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local, including the cloud metadata service
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 88, 99, 0], 24], // 6to4 relay anycast
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, and broadcast
];

const blockedV6: Range[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 96], // unspecified, loopback, IPv4-compatible
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64], // discard
  [[0x20, 0x01, 0x00, 0x00], 32], // Teredo
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0x20, 0x01, 0x00, 0x10], 28], // ORCHID
  [[0xfc, 0x00], 7], // unique local
  [[0xfe, 0x80], 10], // link-local
  [[0xfe, 0xc0], 10], // site-local (deprecated)
  [[0xff, 0x00], 8], // multicast
];

function inRange(addr: number[], [net, prefix]: Range): boolean {
  for (let bit = 0; bit < prefix; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((addr[byte] ?? 0) & mask) !== ((net[byte] ?? 0) & mask)) return false;
  }
  return true;
}

function v4Bytes(ip: string): number[] {
  return ip.split(".").map(Number);
}

function v6Bytes(ip: string): number[] {
  let text = ip.split("%")[0]!; // drop a zone id
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const b = v4Bytes(v4Tail[1]!);
    text = text.slice(0, -v4Tail[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = tail === undefined ? h : [...h, ...new Array<string>(8 - h.length - t.length).fill("0"), ...t];
  return groups.flatMap((g) => {
    const n = parseInt(g || "0", 16);
    return [n >> 8, n & 0xff];
  });
}

/** true for a public unicast address a server may fetch from; false for anything internal or special. */
export function isPublicAddress(ip: string): boolean {
  if (isIPv4(ip)) return !blockedV4.some((r) => inRange(v4Bytes(ip), r));
  if (!isIPv6(ip)) return false;
  const b = v6Bytes(ip);
  // IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16 carry an IPv4 address.
  if (inRange(b, [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96]) || inRange(b, [[0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96])) {
    return isPublicAddress(b.slice(12).join("."));
  }
  if (inRange(b, [[0x20, 0x02], 16])) return isPublicAddress(b.slice(2, 6).join("."));
  return !blockedV6.some((r) => inRange(b, r));
}
