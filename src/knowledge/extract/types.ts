import type { DocType } from "./sniff.ts";

/** A run of text under one heading (or on one page, slide or block of rows). */
export interface Section {
  text: string;
  /** Heading path, slide title or row range; "" when the document has none. */
  section: string;
  /** 1-based page or slide number, when the format has them. */
  page: number | null;
}

export interface Extracted {
  type: DocType;
  /** A title found inside the document (PDF metadata, HTML title, first heading). */
  title: string | null;
  sections: Section[];
  pageCount: number | null;
  /** The extractor already sized its sections (CSV row groups): chunk without overlap. */
  prechunked?: boolean;
}
