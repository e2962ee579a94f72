// The main navigation: a feature appears only to people who may use it.
import type { NavItem } from "../../views/layout.tsx";
import type { Capability } from "./capabilities.ts";

const items: (NavItem & { anyOf: Capability[] })[] = [
  { href: "/chat", label: "Chat", anyOf: ["chat"] },
  { href: "/knowledge", label: "Knowledge", anyOf: ["knowledge"] },
  { href: "/safety", label: "Safety", anyOf: ["safety.review", "safety.admin"], live: "/safety/badge" },
  { href: "/notices", label: "Notices", anyOf: ["safety.review", "safety.admin"] },
  { href: "/admin", label: "Admin", anyOf: ["admin"] },
];

export function navFor(capabilities: Set<Capability>): NavItem[] {
  return items.filter((i) => i.anyOf.some((c) => capabilities.has(c))).map(({ anyOf: _, ...item }) => item);
}
