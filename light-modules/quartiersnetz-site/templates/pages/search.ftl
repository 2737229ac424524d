[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- Full-text search over all published content (German stemming), with highlighted snippets. --]
[#assign q = ctx.getParameter("q")!""]
[#assign hits = q?has_content?then(searchfn.fullText(q, 50), [])]
[@layout.page title=content.title! description=content.description! robots="noindex"]
<h1>${content.title!}</h1>
<form class="search-form" role="search" method="get" action="${cmsfn.link(content)!}">
  <label for="search-q">${i18n['quartiersnetz-site.search.label']}</label>
  <input id="search-q" name="q" type="search" value="${q}" maxlength="200">
  <button type="submit">${i18n['quartiersnetz-site.search.submit']}</button>
</form>
[#if q?has_content]
<p class="result-count" role="status">${i18n("quartiersnetz-site.search.count", hits?size, q)}</p>
<ol class="search-results">
  [#list hits as hit]
  <li>
    <h2><a href="${hit.url}">${hit.title}</a></h2>
    <p class="meta">${i18n['quartiersnetz-site.search.type.' + hit.workspace]}</p>
    [#if hit.snippet?has_content]<p class="snippet">${hit.snippet}</p>[/#if]
  </li>
  [/#list]
</ol>
[/#if]
[@cms.area name="main" /]
[/@layout.page]
