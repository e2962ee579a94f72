// The safety-profile form as plain text fields, to and from the engine's
// Profile: the action table as one select per category and level, custom
// terms one per line ("term | category | level"), blocked topics as blocks
// ("Label | category | level", then one example per line, blank line between).
import { categories, levels, type Profile } from "./engine/index.ts";

export interface ProfileForm {
  actions: Record<string, string>;
  customTerms: string;
  blockedTopics: string;
  failClosed: boolean;
}

export function formOf(profile: Profile): ProfileForm {
  const actions: Record<string, string> = {};
  for (const c of categories) for (const l of levels) actions[`${c}.${l}`] = profile.actions[c][l];
  return {
    actions,
    customTerms: profile.customTerms.map((t) => `${t.term} | ${t.category} | ${t.level}`).join("\n"),
    blockedTopics: profile.blockedTopics.map((t) => [`${t.label} | ${t.category} | ${t.level}`, ...t.examples].join("\n")).join("\n\n"),
    failClosed: profile.failClosed,
  };
}

/** The form's fields as the engine's profile input; parseProfile then names every problem. */
export function configOf(form: ProfileForm): Record<string, unknown> {
  const actions: Record<string, Record<string, string>> = {};
  for (const [key, action] of Object.entries(form.actions)) {
    const [category, level] = key.split(".") as [string, string];
    (actions[category] ??= {})[level] = action;
  }
  const customTerms = form.customTerms
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [term = "", category = "", level = "harmful"] = line.split("|").map((p) => p.trim());
      return { term, category, level };
    });
  const blockedTopics = form.blockedTopics
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").map((l) => l.trim()).filter(Boolean))
    .filter((lines) => lines.length)
    .map(([head = "", ...examples], i) => {
      const [label = "", category = "", level = "harmful"] = head.split("|").map((p) => p.trim());
      return { id: `topic-${i + 1}`, label, category, level, examples };
    });
  return { actions, customTerms, blockedTopics, failClosed: form.failClosed };
}
