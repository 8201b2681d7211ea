import { epub } from './epub.js';
import { html } from './html.js';
import type { OutputFormat } from './output.js';
import { pdf } from './pdf.js';

/** The formats `kiji render` can write; each lives in its own file. */
export const outputFormats: OutputFormat[] = [html, pdf, epub];
