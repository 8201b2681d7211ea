import type { PhrasingContent } from '@kiji/core';
import { formatPath, isSafeUrl, toPlainText } from '@kiji/core';
import type { SourcedRun } from '../context.js';
import type { Handlers } from './types.js';

type PhrasingHandlers = Pick<Handlers, PhrasingContent['type']>;

/** Default phrasing handlers: text, emphasis, strong, link, break and reference marks. */
export const phrasingHandlers: PhrasingHandlers = {
  text: (node, _ctx, style, path) => [
    { ...style, text: node.value, origin: { path: [...path, 'value'], offset: 0 } },
  ],
  // Emphasis: Gothic in Japanese (the newspaper convention), italic in Latin-script articles.
  emphasis: (node, ctx, style, path) =>
    ctx.runs(node.children, [...path, 'children'], {
      ...style,
      fontFamily: ctx.layout.japanese ? ctx.fonts.sans : ctx.fonts.italic,
    }),
  strong: (node, ctx, style, path) =>
    ctx.runs(node.children, [...path, 'children'], {
      ...style,
      fontWeight: 'bold',
      ...(style.fontFamily === ctx.fonts.serif ? { fontFamily: ctx.fonts.sans } : {}),
    }),
  link: (node, ctx, style, path) => {
    if (!isSafeUrl(node.url)) {
      ctx.warn({
        code: 'unsafe-url',
        path: formatPath([...path, 'url']),
        message: `link "${node.url}" is not an http(s) or mailto URL: its text is shown without a link`,
      });
      return ctx.runs(node.children, [...path, 'children'], style);
    }
    const url = node.url.trim();
    const text = toPlainText(node.children).trim();
    return ctx.runs(node.children, [...path, 'children'], {
      ...style,
      href: url,
      color: ctx.layout.theme.colors.link,
      // One Link element for all its runs and lines; /Contents says where it goes.
      tag: { type: 'Link', contents: text && text !== url ? `${text} (${url})` : url },
    });
  },
  break: (_node, _ctx, style, path): SourcedRun[] => [
    { ...style, text: '\n', origin: { path, offset: 0, generated: true } },
  ],
  sourceReference: (node, ctx, style, path): SourcedRun[] => {
    const source = ctx.references.sourceById.get(node.sourceId);
    if (!source) return [];
    return [
      {
        ...style,
        fontFamily: ctx.fonts.sans,
        fontWeight: 'normal',
        fontSize: style.fontSize,
        color: ctx.layout.theme.colors.accent,
        superscript: true,
        href: `#${source.anchor}`,
        text: ctx.labels.sourceMark(source.number, node.locator),
        tag: {
          type: 'Link',
          contents: ctx.labels.sourceEntry(source.number, source.outlet),
          parent: { type: 'Reference' },
        },
        origin: { path, offset: 0, generated: true },
      },
    ];
  },
  noteReference: (node, ctx, style, path): SourcedRun[] => {
    const number = ctx.references.noteNumber.get(node.noteId);
    if (number === undefined) return [];
    return [
      {
        ...style,
        fontFamily: ctx.fonts.sans,
        fontWeight: 'normal',
        fontSize: style.fontSize,
        color: ctx.layout.theme.colors.accent,
        superscript: true,
        href: `#${ctx.idPrefix}note-${number}`,
        text: ctx.labels.noteMark(number),
        tag: { type: 'Link', contents: ctx.labels.noteEntry(number), parent: { type: 'Reference' } },
        origin: { path, offset: 0, generated: true },
      },
    ];
  },
};
