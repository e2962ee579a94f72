import { describe, expect, test } from "bun:test";
import { cidrContains, cidrSubnet, cidrsOverlap, parseCidr, planSubnets } from "./cidr.ts";

describe("cidrSubnet", () => {
  test("numbers blocks the way Terraform's cidrsubnet does", () => {
    expect(cidrSubnet("10.0.0.0/16", 8, 0)).toBe("10.0.0.0/24");
    expect(cidrSubnet("10.0.0.0/16", 8, 241)).toBe("10.0.241.0/24");
    expect(cidrSubnet("10.0.0.0/16", 4, 2)).toBe("10.0.32.0/20");
    expect(cidrSubnet("172.16.0.0/12", 4, 15)).toBe("172.31.0.0/16");
  });

  test("refuses an index outside the parent and subnets smaller than /28", () => {
    expect(() => cidrSubnet("10.0.0.0/16", 4, 16)).toThrow("holds only 16 blocks");
    expect(() => cidrSubnet("10.0.0.0/24", 6, 0)).toThrow("/30");
  });

  test("names the mistake in a bad block", () => {
    expect(() => parseCidr("10.0.0/16")).toThrow("not an IPv4 CIDR");
    expect(() => parseCidr("10.0.300.0/16")).toThrow("not an IPv4 CIDR");
    expect(() => parseCidr("10.0.1.0/16")).toThrow("did you mean 10.0.0.0/16");
  });
});

describe("planSubnets", () => {
  const zones = ["eu-west-1a", "eu-west-1b"];
  const plan = planSubnets("10.20.0.0/16", zones);

  test("gives every zone one public, one private and one isolated subnet", () => {
    for (const zone of zones) {
      expect(plan.filter((s) => s.availabilityZone === zone).map((s) => s.tier).sort()).toEqual(["isolated", "private", "public"]);
    }
  });

  test("keeps every subnet inside the VPC and apart from every other", () => {
    for (const [i, a] of plan.entries()) {
      expect(cidrContains("10.20.0.0/16", a.cidrBlock)).toBe(true);
      for (const b of plan.slice(i + 1)) expect(cidrsOverlap(a.cidrBlock, b.cidrBlock)).toBe(false);
    }
  });

  test("gives tasks room: private subnets are /20 (4,091 usable addresses)", () => {
    expect(plan.filter((s) => s.tier === "private").map((s) => s.cidrBlock)).toEqual(["10.20.16.0/20", "10.20.32.0/20"]);
  });

  test("stays apart with four zones too", () => {
    const four = planSubnets("10.0.0.0/16", ["a", "b", "c", "d"]);
    for (const [i, a] of four.entries()) for (const b of four.slice(i + 1)) expect(cidrsOverlap(a.cidrBlock, b.cidrBlock)).toBe(false);
  });

  test("refuses one zone, and a VPC too small for /20 task subnets", () => {
    expect(() => planSubnets("10.0.0.0/16", ["a"])).toThrow("two to four availability zones");
    expect(() => planSubnets("10.0.0.0/20", zones)).toThrow("too small");
  });
});
