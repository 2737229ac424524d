[#-- Page frame shared by every page template: head, skip link, header with navigation (landmarks),
     main content, footer area. Usage:
     [#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
     [@layout.page title=content.title! description=content.description!]...[/@layout.page] --]
[#macro page title="" description="" jsonld="" robots=""]
[#assign home = cmsfn.root(content, "mgnl:page")!content]
[#assign siteTitle = (site.title)!home.title!"Quartiersnetz"]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[#if title?has_content && title != siteTitle]${title} – [/#if]${siteTitle}</title>
[#if description?has_content]<meta name="description" content="${description}">[/#if]
[#if robots?has_content]<meta name="robots" content="${robots}">[/#if]
[#if canonicalUrl??]<link rel="canonical" href="${canonicalUrl}">[/#if]
<link rel="stylesheet" href="${ctx.contextPath}/.resources/quartiersnetz-site/webresources/css/site.css">
<link rel="stylesheet" media="print" href="${ctx.contextPath}/.resources/quartiersnetz-site/webresources/css/print.css">
<link rel="alternate" type="application/rss+xml" title="${i18n['quartiersnetz-site.feed.rss']}" href="${ctx.contextPath}/aktuelles/feed.rss">
<link rel="alternate" type="application/atom+xml" title="${i18n['quartiersnetz-site.feed.atom']}" href="${ctx.contextPath}/aktuelles/feed.atom">
[@cms.page /]
[#if jsonld?has_content]<script type="application/ld+json">${jsonld}</script>[/#if]
</head>
<body>
<a class="skip-link" href="#inhalt">${i18n['quartiersnetz-site.skipLink']}</a>
<header class="site-header">
  <div class="wrap">
    <p class="site-title"><a href="${cmsfn.link(home)!'/'}">${siteTitle}</a></p>
    <nav class="main-nav" aria-label="${i18n['quartiersnetz-site.nav.main']}">
      <ul>
        [#list cmsfn.children(home, "mgnl:page") as section]
          [#if !(section.hideInNav!false)]
            [#assign current = content["@path"] == section["@path"] || content["@path"]?starts_with(section["@path"] + "/")]
            <li><a href="${cmsfn.link(section)!}"[#if current] aria-current="page"[/#if]>${section.navigationTitle!section.title!section["@name"]}</a></li>
          [/#if]
        [/#list]
      </ul>
    </nav>
    <form class="site-search" role="search" action="${ctx.contextPath}/suche" method="get">
      <label for="site-search-q">${i18n['quartiersnetz-site.search.label']}</label>
      <input id="site-search-q" name="q" type="search" maxlength="200">
      <button type="submit">${i18n['quartiersnetz-site.search.submit']}</button>
    </form>
  </div>
</header>
[#assign trail = cmsfn.ancestors(content, "mgnl:page")]
[#if trail?size > 0]
<nav class="breadcrumb wrap" aria-label="${i18n['quartiersnetz-site.nav.breadcrumb']}">
  <ol>
    [#list trail as step]<li><a href="${cmsfn.link(step)!}">${step.navigationTitle!step.title!step["@name"]}</a></li>[/#list]
    <li aria-current="page">${title}</li>
  </ol>
</nav>
[/#if]
<main id="inhalt" class="wrap" tabindex="-1">
[#nested]
</main>
<footer class="site-footer">
  <div class="wrap">
    [@cms.area name="footer" /]
    <ul class="footer-links">
      <li><a href="${ctx.contextPath}/barrierefreiheit">${i18n['quartiersnetz-site.footer.accessibility']}</a></li>
      <li><a href="${ctx.contextPath}/aktuelles/feed.rss">${i18n['quartiersnetz-site.feed.rss']}</a></li>
      <li><a href="${ctx.contextPath}/aktuelles/termine.ics">${i18n['quartiersnetz-site.feed.ics']}</a></li>
      <li><a href="${ctx.contextPath}/sitemap.xml">${i18n['quartiersnetz-site.footer.sitemap']}</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
[/#macro]

[#-- An item's address as one line. --]
[#macro address a]
[#if a??][#assign parts = [a.designation!, a.addressee!, a.street!, ((a.postalCode!) + " " + (a.city!))?trim]?filter(p -> p?has_content)]${parts?join(", ")}[/#if]
[/#macro]

[#-- Weekday label from the content type's option value. --]
[#function weekday value]
  [#return i18n["quartiersnetz-site.weekday." + value]]
[/#function]

[#-- The list of a multi-value sub-model (child nodes 0, 1, ...) as a sequence. --]
[#function entries node]
  [#if !node??][#return []][/#if]
  [#return cmsfn.children(node)]
[/#function]
