// What a role may do, feature by feature. Roles are granted capabilities in
// the role_capabilities table; these are the defaults for the system roles.
export const capabilities = {
  chat: "Chat with AI models",
  compare: "Compare models side by side",
  assistants: "Run assistants",
  "assistants.build": "Build and share assistants",
  knowledge: "Use knowledge bases and search documents",
  "knowledge.manage": "Create knowledge bases and upload documents",
  "safety.review": "Review safety incidents of one's own students",
  "safety.admin": "Review all safety incidents and tune safety profiles",
  admin: "Administer users, roles, classes, models and settings",
} as const;

export type Capability = keyof typeof capabilities;
export const allCapabilities = Object.keys(capabilities) as Capability[];

export function isCapability(value: string): value is Capability {
  return Object.hasOwn(capabilities, value);
}

export type SystemRoleId = "administrator" | "staff" | "teacher" | "student";

export const systemRoles: { id: SystemRoleId; name: string; description: string; safetyProfile: "student" | "staff"; grants: Capability[] }[] = [
  {
    id: "administrator",
    name: "Administrator",
    description: "Runs Atelier for the district.",
    safetyProfile: "staff",
    grants: allCapabilities,
  },
  {
    id: "staff",
    name: "Staff",
    description: "Counselors, principals and office staff.",
    safetyProfile: "staff",
    grants: ["chat", "compare", "assistants", "assistants.build", "knowledge", "knowledge.manage"],
  },
  {
    id: "teacher",
    name: "Teacher",
    description: "Teaches classes; sees the safety incidents of their own students.",
    safetyProfile: "staff",
    grants: ["chat", "compare", "assistants", "assistants.build", "knowledge", "knowledge.manage", "safety.review"],
  },
  {
    id: "student",
    name: "Student",
    description: "Learns with AI under the strict student safety profile.",
    safetyProfile: "student",
    grants: ["chat", "compare", "assistants", "knowledge"],
  },
];
