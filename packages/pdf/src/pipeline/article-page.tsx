import { Page, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext } from '../context.js';
import type { Handlers } from '../handlers/index.js';
import { type PdfTag, tagProp } from '../tagging/tags.js';
import { shapedLabel } from '../typeset/shape-label.js';

/** Where a page sits, as react-pdf reports it to the running head and footer. */
export interface PagePlace {
  /** Page number in the document. */
  pageNumber: number;
  /** Pages in the document. */
  totalPages: number;
  /** Page number within this article. */
  subPageNumber: number;
}

/** What the article's pages carry around the text. */
export interface PageChrome {
  /** Running head on every page but the article's first: one text, or edition (left) and article (right). */
  head: string | { left: string; right: string };
  /** The footer (ノンブル) of a page. */
  footer: (place: PagePlace) => string;
  /** Outline entry for the whole article, its sections nested below (editions). */
  bookmark?: string;
  /**
   * Facing pages bound on this side: the footer sits at the outer corner (right on odd pages when
   * bound on the left) instead of centred.
   */
  facing?: 'left' | 'right';
  /** The structure element of the whole article (editions: an `Art`); default none (the Document). */
  tag?: PdfTag;
}

/**
 * The footer of every page: centred, or at the outer corner of facing pages. Facing pages get one
 * box per side, each empty on the pages of the other side. The footer's line is shaped by Kiji
 * (`shapedLabel`), not by textkit on every page.
 */
export function pageFooter(
  ctx: RenderContext,
  chrome: Pick<PageChrome, 'footer' | 'facing'>,
): ReactElement[] {
  const { layout, fonts } = ctx;
  const { theme, sizes, marginX } = layout;
  const outer = (n: number): 'left' | 'right' =>
    (n % 2 === 1) === (chrome.facing === 'left') ? 'right' : 'left';
  const aligns = chrome.facing ? (['left', 'right'] as const) : (['center'] as const);
  const style = {
    fontFamily: fonts.sans,
    fontSize: sizes.header,
    color: theme.colors.muted,
  };
  // The box is placed as the text was; the line in it is shaped once per label, not by textkit
  // on every page.
  return aligns.map((align) => (
    <View
      key={`footer-${align}`}
      fixed
      style={{
        // react-pdf loads a family before layout only when a node that is there names it; the
        // text comes from the render prop.
        fontFamily: fonts.sans,
        position: 'absolute',
        left: marginX,
        width: layout.bodyWidth,
        bottom: theme.margins.bottom * 0.45,
      }}
      render={(props) => {
        // react-pdf's types leave out the page count it gives.
        const { pageNumber, totalPages, subPageNumber } = props as PagePlace;
        return align === 'center' || outer(pageNumber) === align
          ? shapedLabel(
              chrome.footer({ pageNumber, totalPages, subPageNumber }),
              { ...style, textAlign: align },
              fonts.set,
            )
          : null;
      }}
    />
  ));
}

/** A blank page (to fill a signature) that carries only its footer. */
export function blankPage(
  ctx: RenderContext,
  chrome: Pick<PageChrome, 'footer' | 'facing'>,
  key: string,
): ReactElement {
  const { page } = ctx.layout;
  return (
    <Page key={key} size={[page.width, page.height]}>
      {pageFooter(ctx, chrome)}
    </Page>
  );
}

/** One article as a flowing page template: running head, the article, footer. */
export function articlePage(ctx: RenderContext, handlers: Handlers, chrome: PageChrome): ReactElement {
  const { article, layout, fonts } = ctx;
  const { theme, sizes, page, marginX } = layout;
  const chromeText = {
    fontFamily: fonts.sans,
    fontSize: sizes.header,
    color: theme.colors.muted,
  };
  const oneLine = { maxLines: 1, textOverflow: 'ellipsis' as const };
  const head = chrome.head;
  return (
    <Page
      size={[page.width, page.height]}
      {...(chrome.bookmark ? { bookmark: { title: chrome.bookmark, fit: true } } : {})}
      {...(chrome.tag ? tagProp(chrome.tag) : {})}
      style={{
        paddingTop: theme.margins.top,
        paddingBottom: theme.margins.bottom,
        paddingLeft: marginX,
        paddingRight: marginX,
        fontFamily: fonts.serif,
        color: theme.colors.text,
      }}
    >
      <View
        fixed
        style={{
          // Loaded before layout for the texts of the render prop (see pageFooter).
          fontFamily: fonts.sans,
          position: 'absolute',
          top: theme.margins.top * 0.45,
          left: marginX,
          width: layout.bodyWidth,
        }}
        render={({ subPageNumber }) =>
          subPageNumber > 1 ? (
            <View
              style={{
                flexDirection: 'row',
                justifyContent: 'space-between',
                paddingBottom: 3,
                borderBottomWidth: 0.4,
                borderBottomColor: theme.colors.rule,
              }}
            >
              {typeof head === 'string' ? (
                shapedLabel(head, { ...chromeText, ...oneLine }, fonts.set, layout.bodyWidth)
              ) : (
                <>
                  {shapedLabel(
                    head.left,
                    { ...chromeText, ...oneLine, maxWidth: '45%' },
                    fonts.set,
                    layout.bodyWidth * 0.45,
                  )}
                  {shapedLabel(
                    head.right,
                    { ...chromeText, ...oneLine, maxWidth: '53%', textAlign: 'right' },
                    fonts.set,
                    layout.bodyWidth * 0.53,
                  )}
                </>
              )}
            </View>
          ) : null
        }
      />
      {handlers.article(article, { ...ctx, path: [] })}
      {pageFooter(ctx, chrome)}
    </Page>
  );
}
