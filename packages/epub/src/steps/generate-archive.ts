import { EPub } from 'epub-gen-memory';
import type JSZip from 'jszip';
import type { WarningHandler } from '../options.js';
import type { Publication } from '../publication.js';
import { renderNcxNavMap } from '../templates/nav.js';
import { OPF_TEMPLATE } from '../templates/opf.js';
import { NAV_TEMPLATE, NCX_TEMPLATE, XHTML_TEMPLATE } from '../templates/xhtml.js';

/**
 * epub-gen-memory with the identifier it should have had: the library draws a random UUID in its
 * constructor; Kiji's comes from the content. The finished zip is handed back for repair instead
 * of being generated with the library's settings.
 */
class KijiEPub extends EPub {
  constructor(
    options: ConstructorParameters<typeof EPub>[0],
    content: ConstructorParameters<typeof EPub>[1],
    identifier: string,
  ) {
    super(options, content);
    this.uuid = identifier;
  }

  /** Render every template into the library's zip and return it. */
  async toZip(): Promise<JSZip> {
    await this.render();
    return this.zip as unknown as JSZip;
  }
}

/**
 * Build the archive with epub-gen-memory: the library writes `mimetype`, `META-INF/container.xml`,
 * the package document, the navigation document, the NCX, every chapter, `style.css` and the cover
 * image through Kiji's templates; images and fonts are added to its zip afterwards.
 */
export async function generateArchive(publication: Publication, onWarning: WarningHandler): Promise<JSZip> {
  const { navMap, depth } = renderNcxNavMap(publication.toc);
  const chapters = publication.documents.map((document) => ({
    title: document.title,
    filename: document.filename,
    // The library's own HTML normaliser would turn Japanese into numeric entities: the finished
    // XHTML travels in `xhtml`, and `content` stays empty.
    content: '',
    beforeToc: document.beforeToc ?? false,
    excludeFromToc: true,
    xhtml: document.body,
    language: document.language,
    epubType: document.epubType,
    htmlClass: document.htmlClass,
  }));
  const cover = publication.coverImage;
  const epub = new KijiEPub(
    {
      title: publication.title,
      author: publication.creators,
      ...(publication.publisher ? { publisher: publication.publisher } : {}),
      description: publication.description,
      lang: publication.language,
      date: publication.modifiedDate.toISOString(),
      tocTitle: publication.tocTitle,
      css: publication.css,
      version: 3,
      ...(cover ? { cover: new File([cover.data.slice()], cover.href) } : {}),
      contentOPF: OPF_TEMPLATE,
      tocXHTML: NAV_TEMPLATE,
      tocNCX: NCX_TEMPLATE,
      chapterXHTML: XHTML_TEMPLATE,
      verbose: (type, ...args) => {
        if (type === 'warn')
          onWarning({ path: '', message: `epub-gen-memory: ${args.map(String).join(' ')}` });
      },
      // Extra data for Kiji's templates (the library passes every option to them).
      ...({ publication, navXhtml: publication.navXhtml, ncxNavMap: navMap, ncxDepth: depth } as object),
    },
    chapters,
    publication.identifier,
  );
  const zip = await epub.toZip();
  for (const resource of publication.resources) {
    if (resource === cover) continue; // written by the library as OEBPS/cover.<ext>
    zip.file(`OEBPS/${resource.href}`, resource.data);
  }
  return zip;
}
