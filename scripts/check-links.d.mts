/** One link that does not resolve. */
export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  why: string;
}

/** The Markdown files whose links are checked (READMEs, docs/, packages' docs/). */
export function markdownFiles(dir?: string): string[];

/** GitHub's anchor for a heading. */
export function slug(heading: string): string;

/** Broken links of the given Markdown files (default: all of the repository's). */
export function brokenLinks(files?: string[]): BrokenLink[];
