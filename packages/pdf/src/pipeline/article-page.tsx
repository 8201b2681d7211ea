import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext } from '../context.js';
import type { Handlers } from '../handlers/index.js';

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
  const noBreaks = (word: string) => [word];
  const oneLine = { maxLines: 1, textOverflow: 'ellipsis' as const };
  const head = chrome.head;
  return (
    <Page
      size={[page.width, page.height]}
      {...(chrome.bookmark ? { bookmark: { title: chrome.bookmark, fit: true } } : {})}
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
                <Text hyphenationCallback={noBreaks} style={{ ...chromeText, ...oneLine }}>
                  {head}
                </Text>
              ) : (
                <>
                  <Text hyphenationCallback={noBreaks} style={{ ...chromeText, ...oneLine, maxWidth: '45%' }}>
                    {head.left}
                  </Text>
                  <Text
                    hyphenationCallback={noBreaks}
                    style={{ ...chromeText, ...oneLine, maxWidth: '53%', textAlign: 'right' }}
                  >
                    {head.right}
                  </Text>
                </>
              )}
            </View>
          ) : null
        }
      />
      {handlers.article(article, { ...ctx, path: [] })}
      <Text
        fixed
        hyphenationCallback={noBreaks}
        style={{
          ...chromeText,
          position: 'absolute',
          left: marginX,
          width: layout.bodyWidth,
          bottom: theme.margins.bottom * 0.45,
          textAlign: 'center',
        }}
        render={({ pageNumber, totalPages, subPageNumber }) =>
          chrome.footer({ pageNumber, totalPages, subPageNumber })
        }
      />
    </Page>
  );
}
