import { describe, expect, test } from "bun:test";
import { parseRoleRules, roleForClaims, type RoleRules } from "./role-rules.ts";

const district = parseRoleRules({
  defaultRole: "student",
  emailDomains: ["district.org=student", "staff.district.org=staff", "teachers.district.org=teacher"],
  groups: ["administrators=administrator", "teachers=teacher", "staff=staff", "students=student"],
});
const rules: RoleRules = district.rules;
const person = (email: string | undefined, groups: string[] = [], emailVerified = true) => ({ email, groups, emailVerified });

describe("roleForClaims", () => {
  test("a Cognito group decides the role, whatever the email says", () => {
    expect(district.problems).toEqual([]);
    expect(roleForClaims(person("ana@students.district.org", ["teachers"]), rules)).toBe("teacher");
  });

  test("with several groups the most privileged role wins, in any order", () => {
    expect(roleForClaims(person("x@district.org", ["students", "administrators", "teachers"]), rules)).toBe("administrator");
    expect(roleForClaims(person("x@district.org", ["teachers", "staff"]), rules)).toBe("staff");
    expect(roleForClaims(person("x@district.org", ["students", "teachers"]), rules)).toBe("teacher");
  });

  test("group names match whatever their case", () => {
    expect(roleForClaims(person(undefined, ["Teachers"]), rules)).toBe("teacher");
  });

  test("groups without a rule fall through to the email domain", () => {
    expect(roleForClaims(person("bo@staff.district.org", ["chess-club"]), rules)).toBe("staff");
  });

  test("the most specific email domain wins, and subdomains count", () => {
    expect(roleForClaims(person("bo@staff.district.org"), rules)).toBe("staff");
    expect(roleForClaims(person("bo@hs1.staff.district.org"), rules)).toBe("staff");
    expect(roleForClaims(person("Cy@Teachers.District.ORG"), rules)).toBe("teacher");
    expect(roleForClaims(person("di@district.org"), rules)).toBe("student");
  });

  test("a look-alike domain does not match", () => {
    const staffOnly = parseRoleRules({ defaultRole: "student", emailDomains: ["staff.district.org=staff"], groups: [] }).rules;
    expect(roleForClaims(person("eve@evilstaff.district.org"), staffOnly)).toBe("student");
    expect(roleForClaims(person("eve@staff.district.org.evil.com"), staffOnly)).toBe("student");
    expect(roleForClaims(person("staff.district.org"), staffOnly)).toBe("student");
  });

  test("an unverified email address never earns a domain role", () => {
    expect(roleForClaims(person("mallory@staff.district.org", [], false), rules)).toBe("student");
  });

  test("nothing matching gives the default role", () => {
    expect(roleForClaims(person("guest@gmail.com"), rules)).toBe("student");
    expect(roleForClaims(person(undefined), { ...rules, defaultRole: "teacher" })).toBe("teacher");
  });
});

describe("parseRoleRules", () => {
  test("reads domains in lower case and tolerates a leading @", () => {
    const { rules, problems } = parseRoleRules({ defaultRole: "student", emailDomains: ["@Staff.District.org = staff"], groups: [] });
    expect(problems).toEqual([]);
    expect(rules.emailDomains).toEqual([{ domain: "staff.district.org", role: "staff" }]);
  });

  test("names every bad entry and what is expected", () => {
    const { problems } = parseRoleRules({
      defaultRole: "student",
      emailDomains: ["staff.district.org", "not a domain=staff"],
      groups: ["teachers=teachers"],
    });
    expect(problems).toEqual([
      'ROLE_EMAIL_DOMAINS entry "staff.district.org" must look like name=role',
      'ROLE_EMAIL_DOMAINS entry "not a domain" is not a domain name (e.g. staff.district.org)',
      'ROLE_GROUPS entry "teachers=teachers" names an unknown role "teachers" (expected one of administrator, staff, teacher, student)',
    ]);
  });
});
