import JSZip from 'jszip';

/** The entries of an EPUB in archive order, with their text for XML files. */
export async function openEpub(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  return {
    zip,
    names,
    text: async (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`no ${name} in the EPUB (has ${names.join(', ')})`);
      return file.async('string');
    },
  };
}

/** The first local file header: name, compression method and extra-field length. */
export function firstEntry(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0, true);
  const method = view.getUint16(8, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  const content = new TextDecoder().decode(
    bytes.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + 20),
  );
  return { signature, method, name, extraLength, content };
}
