// fontverter ships no types: the one function Kiji calls.
declare module 'fontverter' {
  type Format = 'truetype' | 'woff' | 'woff2' | 'sfnt';
  const fontverter: {
    convert(font: Buffer, to: Format, from?: Format): Promise<Buffer>;
  };
  export default fontverter;
}
