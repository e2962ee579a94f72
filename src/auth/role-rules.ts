// Which role a person gets at first sign-in, from what the identity provider
// says about them. Pure functions: config.ts parses the rules once at boot,
// the OIDC callback applies them to each verified ID token.

/** The built-in roles, most privileged first (a group match picks the earliest). */
export const ROLE_PRIVILEGE_ORDER = ["administrator", "staff", "teacher", "student"] as const;
export type RoleId = (typeof ROLE_PRIVILEGE_ORDER)[number];

export interface RoleRules {
  defaultRole: RoleId;
  /** Lower-case domains; a rule covers the domain itself and its subdomains. */
  emailDomains: { domain: string; role: RoleId }[];
  /** Group names are compared case-insensitively (Cognito keeps the case an admin typed). */
  groups: { group: string; role: RoleId }[];
}

export interface RoleClaims {
  email: string | undefined;
  /** Domain rules trust only an address the provider has verified. */
  emailVerified: boolean;
  groups: readonly string[];
}

const rank = (role: RoleId) => ROLE_PRIVILEGE_ORDER.indexOf(role);

/**
 * Groups first (the most privileged matching role wins), then the most specific
 * matching email domain, then the default.
 */
export function roleForClaims(claims: RoleClaims, rules: RoleRules): RoleId {
  const memberOf = new Set(claims.groups.map((g) => g.toLowerCase()));
  const byGroup = rules.groups
    .filter((rule) => memberOf.has(rule.group.toLowerCase()))
    .map((rule) => rule.role)
    .sort((a, b) => rank(a) - rank(b))[0];
  if (byGroup) return byGroup;

  const domain = claims.emailVerified ? emailDomain(claims.email) : undefined;
  if (domain) {
    const byDomain = rules.emailDomains
      .filter((rule) => domain === rule.domain || domain.endsWith(`.${rule.domain}`))
      .sort((a, b) => b.domain.length - a.domain.length)[0];
    if (byDomain) return byDomain.role;
  }
  return rules.defaultRole;
}

function emailDomain(email: string | undefined): string | undefined {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at < 1) return undefined;
  return email.slice(at + 1).toLowerCase() || undefined;
}

export function isRoleId(value: string): value is RoleId {
  return (ROLE_PRIVILEGE_ORDER as readonly string[]).includes(value);
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Parses `key=role` pairs (ROLE_EMAIL_DOMAINS, ROLE_GROUPS). Returns every
 * problem at once, each naming the variable and the bad entry.
 */
export function parseRoleRules(input: {
  defaultRole: RoleId;
  emailDomains: string[];
  groups: string[];
}): { rules: RoleRules; problems: string[] } {
  const problems: string[] = [];
  const pairs = (variable: string, entries: string[]) =>
    entries.flatMap((entry) => {
      const eq = entry.lastIndexOf("=");
      const key = eq > 0 ? entry.slice(0, eq).trim() : "";
      const role = eq > 0 ? entry.slice(eq + 1).trim() : "";
      if (!key || !role) {
        problems.push(`${variable} entry "${entry}" must look like name=role`);
        return [];
      }
      if (!isRoleId(role)) {
        problems.push(`${variable} entry "${entry}" names an unknown role "${role}" (expected one of ${ROLE_PRIVILEGE_ORDER.join(", ")})`);
        return [];
      }
      return [{ key, role }];
    });

  const emailDomains = pairs("ROLE_EMAIL_DOMAINS", input.emailDomains).flatMap(({ key, role }) => {
    const domain = key.toLowerCase().replace(/^@/, "");
    if (!DOMAIN.test(domain)) {
      problems.push(`ROLE_EMAIL_DOMAINS entry "${key}" is not a domain name (e.g. staff.district.org)`);
      return [];
    }
    return [{ domain, role }];
  });
  const groups = pairs("ROLE_GROUPS", input.groups).map(({ key, role }) => ({ group: key, role }));
  return { rules: { defaultRole: input.defaultRole, emailDomains, groups }, problems };
}
