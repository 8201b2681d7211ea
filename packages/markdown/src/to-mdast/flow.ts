import type { FlowContent, Section } from '@kiji/core';
import type * as Mdast from 'mdast';
import { writeBlocks, writeLede } from './blocks.js';
import { writeHeading } from './heading.js';

/**
 * mdast for the article body. Sections become headings (`##`, then `###` for subsections); a
 * block that follows a section at an outer level is preceded by one rule (`***`) per level to close.
 */
export function writeFlow(children: readonly FlowContent[]): Mdast.RootContent[] {
  const out: Mdast.RootContent[] = [];
  let open = 0;

  const closeTo = (depth: number) => {
    while (open > depth) {
      out.push({ type: 'thematicBreak' });
      open--;
    }
  };

  const writeLevel = (nodes: readonly (FlowContent | Section)[], depth: number, path: string) => {
    for (const [index, node] of nodes.entries()) {
      const at = `${path}[${index}]`;
      switch (node.type) {
        case 'section':
          // A heading closes deeper levels by itself.
          open = depth;
          out.push(
            writeHeading({
              path: at,
              depth: depth + 2,
              number: node.number,
              id: node.id,
              heading: node.heading,
            }),
          );
          open = depth + 1;
          writeLevel(node.children, depth + 1, `${at}.children`);
          break;
        case 'conclusion':
          open = 0;
          out.push(
            writeHeading({ path: at, depth: 2, id: node.id, conclusion: true, heading: node.heading ?? [] }),
          );
          open = 1;
          writeLevel(node.children, 1, `${at}.children`);
          break;
        case 'lede':
          closeTo(depth);
          out.push(writeLede(node.children));
          break;
        default:
          closeTo(depth);
          out.push(...writeBlocks([node]));
      }
    }
  };

  writeLevel(children, 0, 'children');
  return out;
}
