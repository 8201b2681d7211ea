import { formatPath, type InputProblem } from '../errors.js';
import type { Article, Figure } from '../model.js';
import { walk } from '../visit.js';
import { classifyImageSource } from './image-source.js';
import { type ImageType, sniffImage } from './sniff-image.js';

/** What a figure's image turned out to be. */
export type FigureImage =
  /** The image's bytes (all of them, or the first `head` bytes) and the format they show. */
  | {
      kind: 'bytes';
      data: Uint8Array;
      type: ImageType | undefined;
      from: 'data' | 'file' | 'given';
      file?: string;
    }
  /** An http(s) URL; no renderer fetches it. */
  | { kind: 'remote'; url: string }
  /** Not available, and why; the figure shows its alt text and the renderer warns. */
  | { kind: 'missing'; problem: string };

/** A reader of local files, such as `readLocalFile` from `@kiji/core/files`. */
export type ReadFile = (
  path: string,
  access: { root?: string; baseDir?: string; maxBytes?: number },
  head?: number,
) => { file: string; data: Uint8Array } | { problem: string; severity: 'error' | 'warning' };

/** Options of `loadFigureImages`. */
export interface LoadFigureImagesOptions {
  /** The folder local files may come from; without it no local file is read. */
  root?: string;
  /** Where relative paths start; default `root`. */
  baseDir?: string;
  /** The largest image file read, in bytes. */
  maxBytes?: number;
  /** Read only this many bytes of local files (enough to tell the format). */
  head?: number;
  /** How files are read: `readLocalFile` from `@kiji/core/files`. Without it no local file is read. */
  read?: ReadFile;
  /** Image bytes the caller gives by `src` (a browser's way to pass files): used before anything else. */
  images?: Readonly<Record<string, Uint8Array>>;
}

/**
 * Every figure's image, for a renderer. Problems that must stop the render — a path out of the
 * root, a device, a file over the size limit — come back as `errors` (with their JSON paths) for
 * the caller to throw as one `InputError`; the rest leave the figure `missing` with a reason.
 */
export function loadFigureImages(
  article: Article,
  options: LoadFigureImagesOptions,
): { images: Map<Figure, FigureImage>; errors: InputProblem[] } {
  const images = new Map<Figure, FigureImage>();
  const errors: InputProblem[] = [];
  for (const { node, path } of walk(article)) {
    if (node.type !== 'figure') continue;
    const where = formatPath([...path, 'src']);
    const given =
      options.images && Object.hasOwn(options.images, node.src) ? options.images[node.src] : undefined;
    if (given) {
      images.set(node, { kind: 'bytes', data: given, type: sniffImage(given), from: 'given' });
      continue;
    }
    const source = classifyImageSource(node.src);
    switch (source.kind) {
      case 'data':
        images.set(node, { kind: 'bytes', data: source.data, type: sniffImage(source.data), from: 'data' });
        break;
      case 'remote':
        images.set(node, { kind: 'remote', url: source.url });
        break;
      case 'outside':
        errors.push({ path: where, message: source.problem });
        break;
      case 'unsupported':
        images.set(node, { kind: 'missing', problem: source.problem });
        break;
      case 'local': {
        if (!options.read) {
          images.set(node, {
            kind: 'missing',
            problem: `local file "${source.path}" is not read: no root folder was given (pass the root option, e.g. the article's folder)`,
          });
          break;
        }
        const result = options.read(source.path, options, options.head);
        if ('data' in result) {
          images.set(node, {
            kind: 'bytes',
            data: result.data,
            type: sniffImage(result.data),
            from: 'file',
            file: result.file,
          });
        } else if (result.severity === 'error') {
          errors.push({ path: where, message: result.problem });
        } else {
          images.set(node, { kind: 'missing', problem: result.problem });
        }
      }
    }
  }
  return { images, errors };
}
