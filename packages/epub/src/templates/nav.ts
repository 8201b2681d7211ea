import { splitShortNumbers } from '@kiji/html';
import type { NavEntry, Publication } from '../publication.js';
import { escapeXml } from '../xml.js';

/** Text of the vertical edition's navigation: short numbers upright (縦中横), as in the text. */
const upright = (text: string): string =>
  splitShortNumbers(text)
    .map((piece) =>
      piece.type === 'text'
        ? escapeXml(piece.value)
        : piece.type === 'element' && piece.children[0]?.type === 'text'
          ? `<span class="kiji-tcy">${escapeXml(piece.children[0].value)}</span>`
          : '',
    )
    .join('');

/** The `<nav>` elements of the navigation document: nested table of contents and landmarks. */
export function renderNavXhtml(
  publication: Pick<Publication, 'tocTitle' | 'toc' | 'landmarks' | 'vertical'>,
  landmarksTitle: string,
): string {
  const text = publication.vertical ? upright : escapeXml;
  const list = (entries: NavEntry[], indent: string): string =>
    `${indent}<ol>\n${entries
      .map(
        (entry) =>
          `${indent}  <li><a href="${escapeXml(entry.href)}">${text(entry.title)}</a>${
            entry.children.length > 0 ? `\n${list(entry.children, `${indent}    `)}\n${indent}  ` : ''
          }</li>\n`,
      )
      .join('')}${indent}</ol>`;
  const landmarks = publication.landmarks
    .map(
      (landmark) =>
        `    <li><a epub:type="${escapeXml(landmark.type)}" href="${escapeXml(landmark.href)}">${text(landmark.title)}</a></li>\n`,
    )
    .join('');
  return `<nav epub:type="toc" id="toc" role="doc-toc">
  <h1>${text(publication.tocTitle)}</h1>
${list(publication.toc, '  ')}
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
  <h2>${text(landmarksTitle)}</h2>
  <ol>
${landmarks}  </ol>
</nav>`;
}

/** The nested `<navPoint>`s of the NCX, numbered in reading order, and the nesting depth. */
export function renderNcxNavMap(toc: NavEntry[]): { navMap: string; depth: number } {
  let order = 0;
  let depth = 1;
  const points = (entries: NavEntry[], level: number): string =>
    entries
      .map((entry) => {
        order += 1;
        depth = Math.max(depth, level);
        const indent = '  '.repeat(level + 1);
        return `${indent}<navPoint id="np-${order}" playOrder="${order}">
${indent}  <navLabel><text>${escapeXml(entry.title)}</text></navLabel>
${indent}  <content src="${escapeXml(entry.href)}"/>
${points(entry.children, level + 1)}${indent}</navPoint>
`;
      })
      .join('');
  const navMap = points(toc, 1).trimEnd();
  return { navMap, depth };
}
