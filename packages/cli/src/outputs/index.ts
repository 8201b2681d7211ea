import { html } from './html.js';
import type { OutputFormat } from './output.js';

/** The formats `kiji render` can write; each lives in its own file. */
export const outputFormats: OutputFormat[] = [html];
