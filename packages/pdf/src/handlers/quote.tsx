import { View } from '@react-pdf/renderer';
import type { SourcedRun } from '../context.js';
import { tagged } from '../tagging/tags.js';
import { composeLines } from '../typeset/index.js';
import { fullHeight, isUnsplittable } from './keep-with-next.js';
import { keyed } from './keyed.js';
import { quoteSize } from './paragraph.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Block quotes: indented with a rule, attribution (outlet and title) below, a mark when cut off. */
export const quoteHandlers: Pick<Handlers, 'quote'> = {
  quote: (node, ctx) => {
    const { sizes, theme, japanese } = ctx.layout;
    const size = quoteSize(ctx.layout);
    const indent = sizes.body * 2;
    const inner = ctx.width - indent - sizes.body;
    const source = node.sourceId ? ctx.references.sourceById.get(node.sourceId) : undefined;
    const attributionSize = sizes.small;
    const attribution: SourcedRun[] = [];
    const dash = `${ctx.labels.quoteDash}${japanese ? '' : ' '}`;
    if (source) {
      const origin = { path: [...ctx.path, 'sourceId'], offset: 0, generated: true };
      const base = { ...ctx.sans(attributionSize), color: theme.colors.muted, origin };
      attribution.push({ ...base, text: `${dash}${source.outlet}` });
      if (source.title)
        attribution.push({ ...base, text: `${japanese ? '' : ', '}${ctx.labels.titleQuote(source.title)}` });
      if (node.locator)
        attribution.push({ ...base, text: japanese ? `（${node.locator}）` : ` (${node.locator})` });
      attribution.push({
        ...base,
        color: theme.colors.accent,
        href: `#${source.anchor}`,
        // A no-break space keeps the mark with the attribution in Latin text.
        text: `${japanese ? '' : '\u00a0'}${ctx.labels.sourceMark(source.number)}`,
        tag: {
          type: 'Link',
          contents: ctx.labels.sourceEntry(source.number, source.outlet),
          parent: { type: 'Reference' },
        },
      });
    }
    // Lines after the first start under the outlet, not under the dash (a hanging indent).
    const hang =
      composeLines(
        [{ ...ctx.sans(attributionSize), text: dash }],
        {
          width: inner,
          lineHeight: attributionSize * 1.6,
          align: 'start',
          language: ctx.article.meta.language,
        },
        ctx.fonts.set,
      ).lines[0]?.width ?? 0;
    const attributionBlock =
      attribution.length > 0
        ? ctx.text(
            attribution,
            {
              width: inner - hang,
              lineHeight: attributionSize * 1.6,
              align: 'start',
              ...(hang > 0 ? { firstLineIndent: -hang } : {}),
              tag: { type: 'P' },
            },
            { marginTop: size * 0.35, marginLeft: hang },
          )
        : null;
    // The attribution never starts a page alone: the quote's last lines go with it.
    const keepWithNext = attributionBlock ? fullHeight(attributionBlock) : undefined;
    const paragraphs = keyed(
      node.children.map((paragraph, index) =>
        ctx.block(paragraph, [...ctx.path, 'children', index], {
          width: inner,
          ...(index === node.children.length - 1 && keepWithNext !== undefined ? { keepWithNext } : {}),
        }),
      ),
    );
    // A quote of one paragraph short enough never to split moves whole: split at its start, it
    // would leave a stretch of empty rule at the page bottom.
    const [only] = node.children.length === 1 ? paragraphs : [];
    const short = only !== undefined && isUnsplittable(only);
    return tagged(
      <View
        {...(short ? { wrap: false } : {})}
        style={{
          marginLeft: sizes.body,
          marginVertical: sizes.body * 0.9,
          paddingLeft: indent - sizes.body - 2,
          borderLeftWidth: 2,
          borderLeftColor: theme.colors.rule,
        }}
        {...(node.id ? { id: node.id } : {})}
      >
        <SplitGuard />
        {paragraphs}
        {attributionBlock}
      </View>,
      { type: 'BlockQuote' },
    );
  },
};
