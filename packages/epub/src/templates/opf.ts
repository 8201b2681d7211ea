/**
 * The package document (EJS, rendered by epub-gen-memory with `publication` in scope). Replaces
 * the library's template, which hard-codes `xml:lang="en"`, stamps the current time into
 * `dcterms:modified` and `dc:rights`, writes an empty `dc:description` and has no
 * `page-progression-direction`.
 */
export const OPF_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="<%= publication.language %>"<% if (publication.embedsFonts) { %> prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/"<% } %>>
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="pub-id"><%= publication.identifier %></dc:identifier>
    <dc:title id="title"><%= publication.title %></dc:title>
    <dc:language><%= publication.language %></dc:language>
<% publication.creators.forEach(function (creator, index) { -%>
    <dc:creator id="creator-<%= index + 1 %>"><%= creator %></dc:creator>
<% }) -%>
<% if (publication.publisher) { -%>
    <dc:publisher><%= publication.publisher %></dc:publisher>
<% } -%>
<% if (publication.date) { -%>
    <dc:date><%= publication.date %></dc:date>
<% } -%>
    <dc:description><%= publication.description %></dc:description>
<% publication.subjects.forEach(function (subject) { -%>
    <dc:subject><%= subject %></dc:subject>
<% }) -%>
    <meta property="dcterms:modified"><%= publication.modified %></meta>
    <meta property="schema:accessMode">textual</meta>
<% if (publication.resources.some(function (resource) { return resource.mediaType.indexOf('image/') === 0; })) { -%>
    <meta property="schema:accessMode">visual</meta>
    <meta property="schema:accessibilityFeature">alternativeText</meta>
<% } -%>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityFeature">readingOrder</meta>
    <meta property="schema:accessibilityHazard">none</meta>
<% if (publication.coverImage) { -%>
    <meta name="cover" content="<%= publication.coverImage.id %>"/>
<% } -%>
<% if (publication.vertical) { -%>
    <meta name="primary-writing-mode" content="vertical-rl"/>
<% } -%>
<% if (publication.embedsFonts) { -%>
    <meta property="ibooks:specified-fonts">true</meta>
<% } -%>
  </metadata>
  <manifest>
    <item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
<% content.forEach(function (chapter, index) { -%>
    <item id="doc-<%= index + 1 %>" href="<%= chapter.filename %>" media-type="application/xhtml+xml"/>
<% }) -%>
<% publication.resources.forEach(function (resource) { -%>
    <item id="<%= resource.id %>" href="<%= resource.href %>" media-type="<%= resource.mediaType %>"<% if (resource.properties) { %> properties="<%= resource.properties %>"<% } %>/>
<% }) -%>
  </manifest>
  <spine toc="ncx" page-progression-direction="<%= publication.vertical ? 'rtl' : 'ltr' %>">
<% content.forEach(function (chapter, index) { if (chapter.beforeToc) { -%>
    <itemref idref="doc-<%= index + 1 %>"/>
<% } }) -%>
    <itemref idref="nav"/>
<% content.forEach(function (chapter, index) { if (!chapter.beforeToc) { -%>
    <itemref idref="doc-<%= index + 1 %>"/>
<% } }) -%>
  </spine>
</package>
`;
