import { type Article, formatDate, wordsFor } from '@kiji/core';
import { markTateChuYoko } from '@kiji/html';
import type { Properties } from 'hast';
import { h } from 'hastscript';
import type { BookMeta } from '../book.js';
import type { Element, ElementContent } from '../hast.js';
import type { EpubLabels } from '../labels.js';
import type { Resource } from '../publication.js';
import type { Draft } from './draft.js';

type ChildNode = ElementContent;
const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (name: string, properties: Properties, ...children: ChildNode[]) => h(name, properties, children);

/**
 * An `<article>` with the shell's properties (classes, lang), extra classes and the given
 * children. `own` pages hold only Kiji's words: in the vertical edition their short numbers get
 * 縦中横 here (the article's parts have it from `@kiji/html` already).
 */
function wrap(shell: Properties, extraClass: string, children: ChildNode[], own = false): Element {
  const classes = Array.isArray(shell.className) ? shell.className : ['kiji-article'];
  const root = h(
    'article',
    { ...shell, className: [...classes, ...(extraClass ? [extraClass] : [])] },
    children,
  );
  return own && classes.includes('kiji-vertical') ? markTateChuYoko(root) : root;
}

/** The cover page: the user's cover image, when given, above the article's masthead. */
export function coverPage(options: {
  article: Article;
  shell: Properties;
  masthead: Element | undefined;
  image: Resource | undefined;
  labels: EpubLabels;
  filename: string;
}): Draft {
  const { article, labels } = options;
  const children: ChildNode[] = [];
  if (options.image) {
    children.push(
      el(
        'p',
        { className: ['kiji-cover-image'] },
        el('img', { src: options.image.href, alt: labels.coverImage(article.meta.title) }),
      ),
    );
  }
  children.push(
    options.masthead ??
      wrapOwn(options.shell, el('h1', { className: ['kiji-title'] }, text(article.meta.title))),
  );
  return {
    filename: options.filename,
    title: article.meta.title,
    language: article.meta.language,
    epubType: 'cover',
    beforeToc: true,
    root: wrap(options.shell, 'kiji-cover', children),
  };
}

/** A document holding part of the article (body, endnotes, comments) under an optional heading. */
export function articlePage(options: {
  article: Article;
  shell: Properties;
  parts: Element[];
  title: string;
  heading?: string;
  epubType: string;
  filename: string;
}): Draft {
  const heading = options.heading
    ? [wrapOwn(options.shell, el('h1', { className: ['kiji-doc-title'] }, text(options.heading)))]
    : [];
  return {
    filename: options.filename,
    title: options.title,
    language: options.article.meta.language,
    epubType: options.epubType,
    root: wrap(options.shell, '', [...heading, ...options.parts]),
  };
}

/** The colophon (奥付): title, dates, authors, publisher, identifier and the embedded fonts. */
export function colophonPage(options: {
  meta: BookMeta;
  shell: Properties;
  identifier: string;
  fonts: { families: string[]; licenseHref?: string } | undefined;
  labels: EpubLabels;
  filename: string;
}): Draft {
  const { meta, labels } = options;
  const rows: [string, ChildNode[]][] = [];
  if (meta.published) {
    rows.push([
      labels.published,
      [el('time', { dateTime: meta.published }, text(formatDate(meta.published, meta.language)))],
    ]);
  }
  if (meta.updated) {
    rows.push([
      labels.updated,
      [el('time', { dateTime: meta.updated }, text(formatDate(meta.updated, meta.language)))],
    ]);
  }
  if (meta.authors.length > 0) {
    rows.push([labels.authors, [text(meta.authors.join(separator(meta.language)))]]);
  }
  if (meta.publisher) rows.push([labels.publisher, [text(meta.publisher.name)]]);
  rows.push([labels.identifier, [el('span', { className: ['kiji-identifier'] }, text(options.identifier))]]);
  if (options.fonts) {
    const notice: ChildNode[] = [
      text(labels.fontNotice(options.fonts.families.join(separator(meta.language)))),
    ];
    if (options.fonts.licenseHref) {
      notice.push(text(' '), el('a', { href: options.fonts.licenseHref }, text('SIL Open Font License 1.1')));
    }
    rows.push([labels.fonts, notice]);
  }
  const list = el(
    'dl',
    {},
    ...rows.flatMap(([term, value]) => [el('dt', {}, text(term)), el('dd', {}, ...value)]),
  );
  const section = el(
    'section',
    { className: ['kiji-colophon'], 'epub:type': 'colophon' },
    el('h1', { className: ['kiji-doc-title'] }, text(labels.colophon)),
    el('p', { className: ['kiji-colophon-title'] }, text(meta.title)),
    list,
  );
  return {
    filename: options.filename,
    title: labels.colophon,
    language: meta.language,
    epubType: 'backmatter',
    root: wrap(options.shell, 'kiji-colophon-page', [section], true),
  };
}

/**
 * The cover of an edition: publisher and number, the edition's title, subtitle and date, the
 * cover image when given, and the articles with their section labels, each linked to its text.
 */
export function editionCoverPage(options: {
  meta: BookMeta;
  shell: Properties;
  image: Resource | undefined;
  articles: { title: string; section?: string; href: string }[];
  labels: EpubLabels;
  filename: string;
}): Draft {
  const { meta, labels } = options;
  const words = wordsFor(meta.language);
  const children: ChildNode[] = [];
  if (options.image) {
    children.push(
      el(
        'p',
        { className: ['kiji-cover-image'] },
        el('img', { src: options.image.href, alt: labels.coverImage(meta.title) }),
      ),
    );
  }
  const top = [meta.publisher?.name, meta.number !== undefined ? words.editionNumber(meta.number) : undefined]
    .filter((part): part is string => Boolean(part))
    .join(separator(meta.language) === '、' ? '\u3000' : ' · ');
  const header: ChildNode[] = [];
  if (top) header.push(el('p', { className: ['kiji-kicker'] }, text(top)));
  header.push(el('h1', { className: ['kiji-title'] }, text(meta.title)));
  if (meta.subtitle) header.push(el('p', { className: ['kiji-subtitle'] }, text(meta.subtitle)));
  if (meta.published) {
    header.push(
      el(
        'p',
        { className: ['kiji-dateline'] },
        el('time', { dateTime: meta.published }, text(formatDate(meta.published, meta.language))),
      ),
    );
  }
  children.push(el('header', { className: ['kiji-masthead'] }, ...header));
  children.push(
    el(
      'ol',
      { className: ['kiji-edition-articles'] },
      ...options.articles.map((article) =>
        el(
          'li',
          {},
          ...(article.section
            ? [el('span', { className: ['kiji-edition-section'] }, text(article.section)), text(' ')]
            : []),
          el('a', { href: article.href }, text(article.title)),
        ),
      ),
    ),
  );
  return {
    filename: options.filename,
    title: meta.title,
    language: meta.language,
    epubType: 'cover',
    beforeToc: true,
    root: wrap(options.shell, 'kiji-cover', children, true),
  };
}

/** An element of Kiji's own words inside an article's page: 縦中横 in the vertical edition. */
function wrapOwn(shell: Properties, element: Element): Element {
  const classes = Array.isArray(shell.className) ? shell.className : [];
  return classes.includes('kiji-vertical') ? markTateChuYoko(element) : element;
}

const separator = (language: string) => (/^ja/i.test(language) ? '、' : ', ');

/** The font licence, always horizontal (it is English text). */
export function licensePage(license: string, filename: string): Draft {
  return {
    filename,
    title: 'SIL Open Font License 1.1',
    language: 'en',
    epubType: 'backmatter',
    horizontal: true,
    root: el(
      'article',
      { className: ['kiji-article', 'kiji-license'], lang: 'en' },
      el('h1', { className: ['kiji-doc-title'] }, text('SIL Open Font License 1.1')),
      el('pre', {}, text(license)),
    ),
  };
}
