/**
 * Every chapter. Replaces the library's chapter template, which hard-codes `xml:lang="en"`, and
 * takes the body as finished XHTML (`xhtml`) instead of the library's normalised `content`, which
 * turns every non-ASCII character into a numeric entity and drops attributes it does not know
 * (`datetime`, `width`, `height`, `data-*`).
 */
export const XHTML_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= language %>" lang="<%= language %>"<% if (htmlClass) { %> class="<%= htmlClass %>"<% } %>>
<head>
<meta charset="UTF-8"/>
<title><%= title %></title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="<%= epubType %>">
<%- xhtml %>
</body>
</html>
`;

/** The navigation document, around a pre-rendered `<nav>` markup (`navXhtml`). */
export const NAV_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= publication.language %>" lang="<%= publication.language %>"<% if (publication.vertical) { %> class="kiji-vertical"<% } %>>
<head>
<meta charset="UTF-8"/>
<title><%= publication.tocTitle %></title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="frontmatter">
<%- navXhtml %>
</body>
</html>
`;

/** The EPUB 2 table of contents for older readers, around pre-rendered nav points (`ncxNavMap`). */
export const NCX_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="<%= publication.language %>">
  <head>
    <meta name="dtb:uid" content="<%= publication.identifier %>"/>
    <meta name="dtb:depth" content="<%= ncxDepth %>"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text><%= publication.title %></text></docTitle>
  <navMap>
<%- ncxNavMap %>
  </navMap>
</ncx>
`;
