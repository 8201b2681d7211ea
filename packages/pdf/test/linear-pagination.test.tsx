// The pagination patch carried for @react-pdf/layout (patches/@react-pdf__layout@5.2.0.patch):
// a page break lays out about two pages ahead instead of the whole rest of the document, and a
// running header or page number out of the flow is not rendered and laid out at every break, and
// once the pages are known only it is laid out again on each page, not the whole page.
// Work is counted, not timed: V8's call counts of react-pdf's layout functions.
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { expect, test } from 'vitest';
import { countCalls } from './helpers/call-counts.js';
import { pdfText } from './helpers/pdf-text.js';

/** How often each named function of @react-pdf/layout ran since the last call. */
const layoutCalls = countCalls((url) => url.includes('@react-pdf') && url.includes('layout'));

const PARAGRAPH =
  'A paragraph long enough to take a few lines on the page, so that the document needs '.repeat(4);

/**
 * A flowing document of `count` paragraphs with a running header and a page number (static
 * ones, the same on every page, when `dynamic` is false).
 */
function document(count: number, onRender: () => void, dynamic = true) {
  return (
    <Document>
      <Page size="A5" style={{ padding: 40, fontSize: 10 }}>
        {dynamic ? (
          <View
            fixed
            style={{ position: 'absolute', top: 12, left: 40 }}
            render={({ pageNumber }) => {
              onRender();
              return pageNumber > 1 ? <Text>Running header</Text> : null;
            }}
          />
        ) : (
          <View fixed style={{ position: 'absolute', top: 12, left: 40 }}>
            <Text>Running header</Text>
          </View>
        )}
        {Array.from({ length: count }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list
          <View key={index} style={{ marginBottom: 6 }}>
            <Text>{PARAGRAPH}</Text>
          </View>
        ))}
        {dynamic ? (
          <Text
            fixed
            style={{ position: 'absolute', bottom: 12, left: 40 }}
            render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`}
          />
        ) : (
          <Text fixed style={{ position: 'absolute', bottom: 12, left: 40 }}>
            1 / 1
          </Text>
        )}
      </Page>
    </Document>
  );
}

async function measure(count: number, dynamic = true) {
  let renders = 0;
  await layoutCalls();
  const pdf = await renderToBuffer(document(count, () => renders++, dynamic));
  const calls = await layoutCalls();
  const pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdfText(pdf))?.[1] ?? Number.NaN);
  return { pages, renders, nodesLaidOut: calls.get('persistDimensions') ?? 0 };
}

test('layout work per page does not grow with the length of the document', async () => {
  const short = await measure(40);
  const long = await measure(160);
  expect(short.pages).toBeGreaterThanOrEqual(5);
  expect(long.pages).toBeGreaterThan(3.5 * short.pages);
  expect(short.nodesLaidOut).toBeGreaterThan(0);
  // Linear work gives about 4 times the nodes laid out for 4 times the pages; laying out the
  // rest of the document at every break gives about 16 times.
  expect(long.nodesLaidOut / short.nodesLaidOut).toBeLessThan(6);
});

test('a running header out of the flow is rendered once per page, after the pages are known', async () => {
  const { pages, renders } = await measure(40);
  expect(renders).toBe(pages);
});

test('once the pages are known, only the running header and page number are laid out again', async () => {
  const dynamic = await measure(40);
  const fixed = await measure(40, false);
  expect(dynamic.pages).toBe(fixed.pages);
  // The header's view and text and the page number, on each page (and the page they are laid
  // out on), not the page's forty paragraphs again.
  const extra = dynamic.nodesLaidOut - fixed.nodesLaidOut;
  expect(extra).toBeLessThanOrEqual(4 * dynamic.pages);
});

test('the last page, whose children all stay whole, is not laid out again, only its footer', async () => {
  const three = await measure(3, false);
  const six = await measure(6, false);
  expect([three.pages, six.pages]).toEqual([1, 1]);
  // Three more paragraphs are nine more nodes (view, text, its string): laid out once to
  // measure the flow, then only the running header and the page number are laid out again
  // for the page's height. Laying the whole page out again made it eighteen.
  expect(six.nodesLaidOut - three.nodesLaidOut).toBe(9);
});
