import {
  type Article,
  type BlockContent,
  type FlowContent,
  formatDate,
  isJapanese,
  isSafeUrl,
  type PhrasingContent,
  type Section,
} from '@kiji/core';

// The article as a Typst document styled like Kiji's briefing, so the benchmark compares
// like with like: what a user would write by hand to get the same page from Typst.

const str = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const text = (value: string): string => (value === '' ? '' : `#${str(value)}`);

function inline(nodes: PhrasingContent[], sourceNumbers: Map<string, number>): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return text(node.value);
        case 'emphasis':
          return `#emph[${inline(node.children, sourceNumbers)}]`;
        case 'strong':
          return `#strong[${inline(node.children, sourceNumbers)}]`;
        case 'link':
          return isSafeUrl(node.url)
            ? `#link(${str(node.url)})[${inline(node.children, sourceNumbers)}]`
            : inline(node.children, sourceNumbers);
        case 'break':
          return ' \\\n';
        case 'sourceReference':
          return `#super[${sourceNumbers.get(node.sourceId) ?? ''}]`;
        case 'noteReference':
          return '#super[#"*"]';
        default:
          return '';
      }
    })
    .join('');
}

function block(node: BlockContent | Section, sources: Map<string, number>, article: Article): string {
  switch (node.type) {
    case 'paragraph':
      return `${inline(node.children, sources)}\n\n`;
    case 'quote': {
      const source = article.sources.find((entry) => entry.id === node.sourceId);
      const body = node.children.map((child) => inline(child.children, sources)).join(' \\\n');
      const mark = node.truncated ? text('（以下略）') : '';
      const by = source
        ? `#align(right)[${text(`— ${source.outlet}${source.title ? `「${source.title}」` : ''}`)}]`
        : '';
      return `#quote(block: true)[${body}${mark}${by}]\n\n`;
    }
    case 'list':
      return `${node.children
        .map(
          (item, index) =>
            `${node.ordered ? `${(node.start ?? 1) + index}.` : '-'} ${item.children
              .map((child) => (child.type === 'paragraph' ? inline(child.children, sources) : ''))
              .join(' ')}`,
        )
        .join('\n')}\n\n`;
    case 'termList':
      return `${node.children
        .map(
          (item) =>
            `/ ${inline(item.term, sources)}: ${item.children.map((c) => inline(c.children, sources)).join(' ')}`,
        )
        .join('\n')}\n\n`;
    case 'figure':
      return `#figure(rect(width: 60%, height: 4cm), caption: [${inline(node.caption ?? [], sources)}])\n\n`;
    case 'aside':
      return `#block(stroke: 0.5pt, inset: 8pt)[${node.children
        .map((child) => (child.type === 'paragraph' ? inline(child.children, sources) : ''))
        .join(' \\\n')}]\n\n`;
    case 'section':
      return section(node, 1, sources, article);
  }
}

function section(node: Section, depth: number, sources: Map<string, number>, article: Article): string {
  const number = node.number ? text(`${node.number}　`) : '';
  const heading = `${'='.repeat(depth)} ${number}${inline(node.heading, sources)}\n\n`;
  return (
    heading +
    node.children
      .map((child) =>
        child.type === 'section'
          ? section(child, depth + 1, sources, article)
          : block(child, sources, article),
      )
      .join('')
  );
}

function flow(node: FlowContent, sources: Map<string, number>, article: Article): string {
  switch (node.type) {
    case 'lede':
      return `#block(inset: (y: 6pt))[#set text(weight: "bold")\n${node.children.map((c) => inline(c.children, sources)).join('\n\n')}]\n\n`;
    case 'section':
      return section(node, 1, sources, article);
    case 'conclusion':
      return `= ${node.heading ? inline(node.heading, sources) : text('結論')}\n\n${node.children
        .map((child) => block(child, sources, article))
        .join('')}`;
    default:
      return block(node, sources, article);
  }
}

/** Typst source for `article`, A4, Noto Serif JP body and Noto Sans JP headings. */
export function toTypst(article: Article): string {
  const sources = new Map(article.sources.map((source, index) => [source.id, index + 1]));
  const ja = isJapanese(article.meta.language);
  const { meta } = article;
  return [
    `#set document(title: ${str(meta.title)})`,
    `#set page(paper: "a4", margin: (x: 25mm, y: 22mm), numbering: "1 / 1")`,
    `#set text(font: ("Noto Serif JP"), size: 10.5pt, lang: ${str(ja ? 'ja' : 'en')})`,
    `#set par(justify: true, first-line-indent: ${ja ? '1em' : '0em'}, leading: 0.9em)`,
    `#show heading: set text(font: "Noto Sans JP", weight: "bold")`,
    meta.kicker ? `#text(font: "Noto Sans JP", fill: red)[${text(meta.kicker)}]` : '',
    `#text(font: "Noto Sans JP", size: 20pt, weight: "bold")[${text(meta.title)}]`,
    meta.subtitle ? `\n#text(size: 13pt)[${text(meta.subtitle)}]` : '',
    meta.published ? `\n#text(size: 9pt)[${text(formatDate(meta.published, meta.language))}]\n` : '\n',
    article.children.map((node) => flow(node, sources, article)).join(''),
    `= ${text(ja ? '出典' : 'Sources')}\n`,
    article.sources
      .map(
        (source, index) =>
          `+ ${text(`[${index + 1}] ${source.outlet}${source.title ? ` ${source.title}` : ''}`)}${
            source.url && isSafeUrl(source.url) ? ` #link(${str(source.url)})` : ''
          }`,
      )
      .join('\n'),
    '',
  ].join('\n');
}
