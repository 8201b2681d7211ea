import { addLineBreaks, toXhtml } from '@kiji/html';
import type { Properties } from 'hast';
import type { Book } from './book.js';
import type { Draft } from './chapters/draft.js';
import { colophonPage, editionCoverPage, licensePage } from './chapters/pages.js';
import { textOf } from './hast.js';
import { epubLabelsFor } from './labels.js';
import type { EpubOptions } from './options.js';
import type { Landmark, NavEntry, Publication, Resource, XhtmlDocument } from './publication.js';
import { articleDocuments } from './steps/article-documents.js';
import { embedFonts } from './steps/embed-fonts.js';
import { canonicalJson, contentIdentifier } from './steps/identifier.js';
import { loadCover } from './steps/load-cover.js';
import { relinkDocuments } from './steps/relink.js';
import { resolveModified, toW3cDateTime } from './steps/resolve-dates.js';
import { epubStylesheet } from './steps/stylesheet.js';
import { renderNavXhtml } from './templates/nav.js';
import { stripInvalidXml } from './xml.js';

const LICENSE_FILE = 'fonts-license.xhtml';

/**
 * Decide every file of the EPUB for one article or an edition of several: render each article
 * with `@kiji/html`, cut it into cover, text, endnotes and comments, link the parts to each
 * other, build the navigation, then fonts and stylesheet.
 */
export async function buildPublication(book: Book, options: EpubOptions): Promise<Publication> {
  const { meta } = book;
  const articles = book.articles.map((entry) => entry.article);
  if (articles.length === 0) throw new Error('an EPUB needs at least one article');
  const warn = options.onWarning ?? (() => {});
  const vertical = options.vertical ?? false;
  const embed = (options.embedFonts ?? false) || (options.fonts?.length ?? 0) > 0;
  const labels = epubLabelsFor(meta.language);
  const modifiedDate = resolveModified(meta.updated ?? meta.published, options.modified);
  // A single article keeps the identifier it always had; an edition adds its own metadata.
  const identifier = contentIdentifier(
    canonicalJson(
      book.edition
        ? { edition: meta, sections: book.articles.map((e) => e.section ?? null), articles, vertical }
        : { articles, vertical },
    ),
  );

  const resources: Resource[] = [];
  const coverImage = options.cover === undefined ? undefined : await loadCover(options.cover, options);
  if (coverImage) resources.push(coverImage);

  const drafts: Draft[] = [];
  const toc: NavEntry[] = [];
  const landmarks: Landmark[] = [];
  let shell: Properties | undefined;
  for (const [index, { article, baseDir: articleDir }] of book.articles.entries()) {
    const documents = await articleDocuments({
      article,
      first: index === 0,
      edition: book.edition,
      prefix: book.edition || articles.length > 1 ? `a${index + 1}-` : '',
      vertical,
      files: articleDir === undefined ? options : { ...options, baseDir: articleDir },
      cover: coverImage,
      resources,
      labels,
      warn,
    });
    resources.push(...documents.images);
    drafts.push(...documents.drafts);
    landmarks.push(...documents.landmarks);
    shell ??= documents.shell;
    // One article: its sections, then sources and comments at the top level. Several: each
    // article's trailing parts nest under it.
    if (book.edition || articles.length > 1)
      toc.push({ ...documents.entry, children: [...documents.entry.children, ...documents.trailing] });
    else toc.push(documents.entry, ...documents.trailing);
  }

  if (book.edition) {
    // The edition's own pages speak its language, whatever the first article's.
    shell = {
      className: vertical ? ['kiji-article', 'kiji-vertical'] : ['kiji-article'],
      lang: meta.language,
    };
    drafts.unshift(
      editionCoverPage({
        meta,
        shell,
        image: coverImage,
        articles: book.articles.map((entry, index) => ({
          title: entry.article.meta.title,
          ...(entry.section ? { section: entry.section } : {}),
          href: `a${index + 1}-text.xhtml`,
        })),
        labels,
        filename: 'cover.xhtml',
      }),
    );
    landmarks.unshift({ type: 'cover', title: labels.cover, href: 'cover.xhtml' });
  }

  const families = embed
    ? options.fonts?.length
      ? [...new Set(options.fonts.map((font) => font.family))]
      : ['Noto Serif JP', 'Noto Sans JP']
    : [];
  const usesNoto = embed && !options.fonts?.length;
  drafts.push(
    colophonPage({
      meta,
      shell: shell!,
      identifier,
      fonts: embed ? { families, ...(usesNoto ? { licenseHref: LICENSE_FILE } : {}) } : undefined,
      labels,
      filename: 'colophon.xhtml',
    }),
  );
  toc.push({ title: labels.colophon, href: 'colophon.xhtml', children: [] });

  relinkDocuments(drafts, warn);
  const navXhtml = renderNavXhtml({ tocTitle: labels.toc, toc, landmarks, vertical }, labels.landmarks);

  let fontFaces: Parameters<typeof epubStylesheet>[0]['fontFaces'] = [];
  if (embed) {
    const usedText = [
      ...drafts.map((draft) => textOf(draft.root)),
      labels.toc,
      labels.landmarks,
      ...navTitles(toc),
      ...landmarks.map((landmark) => landmark.title),
    ].join('');
    const fonts = await embedFonts(usedText, options.fonts, options.fontFormat);
    resources.push(...fonts.resources);
    fontFaces = fonts.fontFaces;
    if (fonts.license) drafts.push(licensePage(fonts.license, LICENSE_FILE));
  }

  const documents: XhtmlDocument[] = drafts.map((draft) => ({
    filename: draft.filename,
    title: stripInvalidXml(draft.title),
    language: draft.language,
    // Serialized once, a block element per line.
    body: toXhtml(addLineBreaks(draft.root)),
    epubType: draft.epubType,
    ...(draft.beforeToc ? { beforeToc: true } : {}),
    htmlClass: vertical && !draft.horizontal ? 'kiji-vertical' : '',
  }));

  const publication: Publication = {
    identifier,
    title: stripInvalidXml(meta.title),
    language: meta.language,
    description: stripInvalidXml(meta.description),
    creators: meta.authors.map(stripInvalidXml),
    ...(meta.published ? { date: toW3cDate(meta.published) } : {}),
    subjects: meta.tags.map(stripInvalidXml),
    modified: toW3cDateTime(modifiedDate),
    modifiedDate,
    vertical,
    tocTitle: labels.toc,
    documents,
    toc,
    navXhtml,
    landmarks,
    resources,
    css: epubStylesheet({ vertical, fontFaces }),
    embedsFonts: embed,
  };
  if (meta.publisher) publication.publisher = stripInvalidXml(meta.publisher.name);
  if (coverImage) publication.coverImage = coverImage;
  return publication;
}

/** Every title in the table of contents, for the font subsets. */
const navTitles = (entries: NavEntry[]): string[] =>
  entries.flatMap((entry) => [entry.title, ...navTitles(entry.children)]);

/** `dc:date` in W3CDTF: the date as written when it is a plain date, else UTC seconds. */
function toW3cDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : toW3cDateTime(date);
}
