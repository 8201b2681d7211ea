import type { Article } from '@kiji/core';

/**
 * The article with its body repeated `times` times (ids suffixed so they stay unique): the same
 * content at 4×, 16×, 64× the length, to see how a renderer's cost grows with length.
 */
export function scaleArticle(article: Article, times: number): Article {
  const children: unknown[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const child of article.children) {
      const json = JSON.stringify(child).replace(/"id":"([^"]+)"/g, (_, id: string) =>
        copy === 0 ? `"id":"${id}"` : `"id":"${id}-r${copy}"`,
      );
      children.push(JSON.parse(json));
    }
  }
  return { ...article, children } as Article;
}
