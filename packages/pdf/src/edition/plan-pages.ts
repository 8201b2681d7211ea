/** Pages each part of the edition takes, from the first layout pass. */
export interface PageCounts {
  cover: number;
  contents: number;
  articles: number[];
}

/** Where every article starts and which parts need a blank page before them. */
export interface PagePlan {
  /** First page of each article. */
  starts: number[];
  /** `contents` and `article-N` keys that get a blank page before them. */
  blanksBefore: Set<string>;
  /** Pages of the whole pack. */
  pages: number;
}

/**
 * Number the pack: cover, contents, then each article on the next page — with facing pages, on
 * the next right-hand (odd) page, a blank page filling the left-hand one when needed.
 */
export function planPages(counts: PageCounts, facing: boolean): PagePlan {
  const blanksBefore = new Set<string>();
  let page = 1 + counts.cover;
  const open = (key: string) => {
    if (facing && page % 2 === 0) {
      blanksBefore.add(key);
      page += 1;
    }
  };
  open('contents');
  page += counts.contents;
  const starts = counts.articles.map((count, index) => {
    open(`article-${index}`);
    const start = page;
    page += count;
    return start;
  });
  return { starts, blanksBefore, pages: page - 1 };
}
