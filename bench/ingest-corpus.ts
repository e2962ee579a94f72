// The benchmark's own corpus, deterministic: curriculum-like prose on a few
// dozen topics, each with its own vocabulary (Zipf-distributed, as words in
// real text are) over a shared stock of common words; and the documents built
// from it with the libraries that write each format.
import { zipSync } from "fflate";
import { makeDocx, makePdf, makePptx } from "../src/knowledge/test-documents.ts";

let seed = 20_240_901;
export const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const syllables = "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu tr st pl gr ch sh th".split(" ");
const word = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syllables)).join("") + pick(["", "s", "tion", "ic", "al", "ism", "ment", "ive", "ology"]);

const common = "the of and to in is that for it as with was on are by this be from or have an which they one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three".split(" ");

export const topics = [
  "Photosynthesis", "Cell biology", "Genetics", "Ecology", "Plate tectonics", "Weather and climate", "The solar system", "Chemical reactions",
  "Electricity", "Forces and motion", "Ancient Egypt", "The Roman Empire", "The Middle Ages", "The Renaissance", "The American Revolution",
  "The Industrial Revolution", "World War I", "World War II", "The Civil Rights Movement", "Fractions", "Algebra", "Geometry", "Probability",
  "Statistics", "Poetry", "Shakespeare", "Persuasive writing", "Grammar", "Economics", "Civics", "Nutrition", "Music theory",
] as const;

/** Each topic's own words, most frequent first. */
export const vocab: Record<string, string[]> = Object.fromEntries(topics.map((t) => [t, [...new Set([...t.toLowerCase().split(/\s+/), ...Array.from({ length: 600 }, word)])]]));

/** Zipf-like: rank r drawn with probability ∝ 1/r. */
function zipf(n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1);
}

export function sentence(topic: string): string {
  const words = vocab[topic]!;
  const n = 8 + Math.floor(rand() * 14);
  const out = Array.from({ length: n }, () => (rand() < 0.45 ? pick(common) : words[zipf(words.length)]!));
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(" ")}.`;
}

export function paragraph(topic: string, chars: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const s = sentence(topic);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(" ");
}

/** A query as a student would type it: two or three of the topic's middling words. */
export function query(topic: string): string {
  const words = vocab[topic]!;
  return Array.from({ length: 2 + Math.floor(rand() * 2) }, () => words[5 + Math.floor(rand() * 200)]!).join(" ");
}

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

const enc = (s: string) => new TextEncoder().encode(s);

export async function pdf100(): Promise<CorpusFile> {
  const pages = Array.from({ length: 100 }, (_, i) => {
    const topic = topics[i % topics.length]!;
    return `${topic}, page ${i + 1}. ${paragraph(topic, 2200)}`;
  });
  return { name: "handbook-100-pages.pdf", bytes: await makePdf(pages, { title: "Teacher handbook (100 pages)" }) };
}

/** A mixed shelf of documents in every supported format. */
export async function shelf(): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (let i = 0; i < 16; i++) {
    const topic = topics[i % topics.length]!;
    const md = [`# ${topic}`, "", paragraph(topic, 900), "", `## Key ideas`, "", paragraph(topic, 1400), "", "## Practice", "", paragraph(topic, 700)].join("\n");
    files.push({ name: `notes-${i + 1}.md`, bytes: enc(md) });
  }
  for (let i = 0; i < 8; i++) {
    const topic = topics[(i + 5) % topics.length]!;
    files.push({ name: `reading-${i + 1}.txt`, bytes: enc(`${topic}\n${"=".repeat(topic.length)}\n\n${paragraph(topic, 3000)}\n\n${paragraph(topic, 2000)}\n`) });
  }
  for (let i = 0; i < 8; i++) {
    const topic = topics[(i + 9) % topics.length]!;
    files.push({
      name: `unit-${i + 1}.docx`,
      bytes: await makeDocx([{ heading: topic }, { text: paragraph(topic, 1500) }, { heading: "Vocabulary", level: 2 }, { text: paragraph(topic, 1500) }, { heading: "Assessment", level: 2 }, { text: paragraph(topic, 1000) }]),
    });
  }
  for (let i = 0; i < 8; i++) {
    const topic = topics[(i + 13) % topics.length]!;
    const html = `<!doctype html><html><head><title>${topic} | Open lessons</title></head><body><nav><a href="/">Home</a></nav><article><h1>${topic}</h1><p>${paragraph(topic, 1800)}</p><h2>Background</h2><p>${paragraph(topic, 1800)}</p></article><footer>Footer text</footer></body></html>`;
    files.push({ name: `lesson-${i + 1}.html`, bytes: enc(html) });
  }
  for (let i = 0; i < 4; i++) {
    const topic = topics[(i + 17) % topics.length]!;
    const rows = Array.from({ length: 150 }, (_, r) => `${r + 1},"${sentence(topic).replaceAll('"', "")}",${Math.floor(rand() * 100)}`);
    files.push({ name: `glossary-${i + 1}.csv`, bytes: enc(["id,definition,score", ...rows].join("\n")) });
  }
  for (let i = 0; i < 4; i++) {
    const topic = topics[(i + 21) % topics.length]!;
    files.push({
      name: `slides-${i + 1}.pptx`,
      bytes: await makePptx(Array.from({ length: 12 }, (_, s) => ({ title: `${topic} ${s + 1}`, bullets: [sentence(topic), sentence(topic), sentence(topic)], notes: sentence(topic) }))),
    });
  }
  for (let i = 0; i < 4; i++) {
    const topic = topics[(i + 25) % topics.length]!;
    files.push({ name: `chapter-${i + 1}.pdf`, bytes: await makePdf(Array.from({ length: 10 }, () => paragraph(topic, 2000))) });
  }
  // Bad input rides along, as it would in a real week of uploads: it must fail fast and not slow the rest.
  files.push({ name: "broken.pdf", bytes: enc("%PDF-1.7 truncated") });
  files.push({ name: "bomb.docx", bytes: zipSync({ "word/document.xml": new Uint8Array(8 * 1024 * 1024) }, { level: 9 }) });
  return files;
}
