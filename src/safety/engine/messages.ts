// What the user reads instead of a refused or stopped answer. A refusal is
// short and kind; an alert reply is supportive and points to people who can
// help right now (988, a trusted adult, 911 in danger).
import type { Category, Direction } from "./types.ts";

const crisisLines =
  "You can call or text 988 (the Suicide & Crisis Lifeline) any time, day or night, or text HOME to 741741. If you are in danger right now, call 911.";

export const supportMessages = {
  self_harm:
    "I'm really glad you told me, and I'm sorry you're hurting this much. You matter, and you don't have to carry this alone. " +
    `Please reach out to someone now: ${crisisLines} A trusted adult, like a school counselor, a teacher or a family member, can help too, and an adult at your school has been asked to check in with you.`,
  abuse_disclosure:
    "Thank you for telling me. What you're describing is not your fault, and you deserve to be safe. " +
    "Please tell a trusted adult, like a school counselor, a teacher or the school nurse, as soon as you can; they know how to help and an adult at your school has been asked to check in with you. " +
    "You can also call or text the Childhelp National Child Abuse Hotline at 1-800-422-4453 any time. If you are in danger right now, call 911.",
  threat:
    "I can't help with that. It sounds like you're dealing with a lot of anger right now, and a trusted adult can help you work through it before anyone gets hurt. " +
    "An adult at your school has been asked to check in with you. If anyone is in danger right now, call 911. If you're struggling, you can call or text 988 to talk to someone any time.",
} as const;

const topicWords: Partial<Record<Category, string>> = {
  self_harm: "ways to hurt yourself",
  violence: "ways to hurt people",
  weapons: "weapons or explosives",
  sexual: "sexual content",
  drugs: "getting or using drugs or alcohol",
  hate: "content that attacks people for who they are",
  harassment: "content that targets or mocks someone",
  profanity: "that kind of language",
  prompt_injection: "requests to change my safety rules",
  filter_evasion: "getting around the school's filters",
};

export function refusalMessage(categories: readonly Category[], direction: Direction): string {
  const about = categories.map((c) => topicWords[c]).find(Boolean) ?? "this request";
  const lead =
    direction === "output"
      ? `I stopped this answer because it included ${about}, which isn't allowed here.`
      : `I can't help with ${about}.`;
  const extra = categories.includes("self_harm")
    ? ` If you're having thoughts of hurting yourself, please talk to a trusted adult or call or text 988 any time.`
    : " If something is worrying you, a teacher or school counselor is a good person to talk to.";
  return `${lead} I'm happy to help with something else, like schoolwork or a question you're curious about.${extra}`;
}

export function alertMessage(categories: readonly Category[]): string {
  if (categories.includes("self_harm")) return supportMessages.self_harm;
  if (categories.includes("abuse_disclosure")) return supportMessages.abuse_disclosure;
  return supportMessages.threat;
}

export const engineErrorMessage =
  "The safety check isn't working right now, so this message wasn't sent. Please try again in a moment. If you need help urgently, talk to a trusted adult, or call or text 988.";
