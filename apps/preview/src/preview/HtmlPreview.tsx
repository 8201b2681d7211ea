interface Props {
  html: string;
  vertical: boolean;
}

/**
 * The HTML rendering in an iframe that may not run scripts (`sandbox` without `allow-scripts`;
 * the document's own policy forbids them too). Same origin only so the app's fonts load; popups
 * let http(s) links open in a new tab, outside the sandbox.
 */
export function HtmlPreview({ html, vertical }: Props) {
  return (
    <iframe
      className={`html-view${vertical ? ' vertical' : ''}`}
      title="HTML preview"
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      srcDoc={html}
    />
  );
}
