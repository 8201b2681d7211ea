import { pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';

type Instance = ReturnType<typeof pdf>;

/**
 * Mount the document in react-pdf, let `output` take the bytes, then unmount it, whatever
 * happened. react-pdf's `renderToBuffer` and `toBlob` never unmount the React root they mount:
 * every render stayed in the reconciler's roots with its whole element tree (about 0.3 MiB per
 * briefing with production React, 1.3 MiB in development) for the life of the process.
 */
export async function renderOnce<T>(
  document: ReactElement,
  output: (instance: Instance) => Promise<T>,
): Promise<T> {
  const instance = pdf(document as Parameters<typeof pdf>[0]);
  try {
    return await output(instance);
  } finally {
    // Twice: the first empties the root, the second drops the previous tree React keeps as the
    // root's alternate for its next update, which never comes.
    const unmount = null as unknown as Parameters<Instance['updateContainer']>[0];
    instance.updateContainer(unmount);
    instance.updateContainer(unmount);
    // react-pdf's container keeps the document node after its removal.
    instance.container.document = null;
  }
}
