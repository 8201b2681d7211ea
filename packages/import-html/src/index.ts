export { type DecodedHtml, declaredCharset, decodeHtml } from './decode-html.js';
export { importHtml } from './import-html.js';
export { findOutletHost, KNOWN_OUTLET_HOSTS } from './outlet-hosts.js';
export type {
  HtmlEncoding,
  HtmlImportWarning,
  HtmlImportWarningCode,
  ImportHtmlOptions,
  ImportHtmlResult,
  MetaField,
  OutletHost,
} from './types.js';
