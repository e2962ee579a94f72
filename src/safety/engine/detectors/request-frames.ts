// What makes a harmful request a lesson, and an answer a refusal: shared by
// the rule files for requests in plain words.
import type { TextContext } from "../context.ts";
import type { RuleMatch } from "../rules.ts";
import type { Level } from "../types.ts";

/** An answer that opens by declining. */
export const refusing = /^(?:sorry[,.]? )?i (?:can'?t|cannot|won'?t|will not|am not able to|'?m not able to|'?m not going to)\b/;

/** Asking about a danger to stay safe from it, or studying it, is not asking for it. */
export const studied = /\b(?:is it dangerous|is it safe|why is|what happens if someone|news|article|report on|essay on|history of|warn|warning|health class|lesson)\b/;
export const unlessStudied = (_m: RuleMatch, ctx: TextContext, level: Level): Level | null => (studied.test(ctx.n.text) ? null : level);

