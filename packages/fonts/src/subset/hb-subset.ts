// Font subsetting with HarfBuzz's own subsetter (harfbuzzjs's `harfbuzz-subset.wasm`), the same
// WebAssembly in Node and in a browser, so both make the same bytes. The platform module finds
// the WebAssembly (a file in Node, a URL in a browser); this module only drives it.

/** The exports of `harfbuzz-subset.wasm` this module calls. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let loading: Promise<HarfBuzz> | undefined;

/** Instantiate the subsetter once per process or worker, from the bytes `load` gives. */
function harfBuzz(load: () => Promise<Uint8Array>): Promise<HarfBuzz> {
  loading ??= load()
    .then((bytes) => WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>))
    .then(({ instance }) => {
      const exports = instance.exports as unknown as HarfBuzz;
      exports._initialize();
      return exports;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** One subset at a time: HarfBuzz's memory is shared by every call. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Cut a TrueType/OpenType font down to the glyphs of `characters`, keeping every layout feature
 * (vertical alternates, proportional metrics, kerning), as `hb-subset --layout-features=*` does.
 */
export function subsetTrueType(
  font: Uint8Array,
  characters: string,
  load: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const run = queue.then(async () => cut(await harfBuzz(load), font, characters));
  queue = run.catch(() => {});
  return run;
}

function cut(hb: HarfBuzz, font: Uint8Array, characters: string): Uint8Array {
  // The memory can grow while subsetting, which detaches older views: take one at each use.
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset (out of memory?)');
  const buffer = hb.malloc(font.byteLength);
  heap().set(font, buffer);
  const blob = hb.hb_blob_create(buffer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const character of characters) hb.hb_set_add(unicodes, character.codePointAt(0)!);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0)
      throw new Error('HarfBuzz could not subset the font: is it a TrueType or OpenType file?');
    const result = hb.hb_face_reference_blob(subset);
    try {
      const length = hb.hb_blob_get_length(result);
      if (length === 0) throw new Error('HarfBuzz made an empty subset: is the font file whole?');
      const at = hb.hb_blob_get_data(result, 0);
      return heap().slice(at, at + length);
    } finally {
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(buffer);
  }
}
