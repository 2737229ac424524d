[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- News, events and meetings, newest first; ?kind=news|event|meeting narrows the list. --]
[#assign kind = ctx.getParameter("kind")!""]
[#assign items = searchfn.items("news", {"kind": kind}, "date desc", 100)]
[#assign upcoming = searchfn.items("news", {"eventStart": ">=" + calendarfn.now()?string["yyyy-MM-dd"]}, "eventStart", 20)]
[@layout.page title=content.title! description=content.description!]
<h1>${content.title!}</h1>
[#if content.intro?has_content]<div class="intro">${cmsfn.decode(content).intro}</div>[/#if]
<nav class="filter-links" aria-label="${i18n['quartiersnetz-site.news.filter']}">
  <ul>
    <li><a href="${cmsfn.link(content)!}"[#if !kind?has_content] aria-current="page"[/#if]>${i18n['quartiersnetz-site.news.all']}</a></li>
    [#list ["news", "event", "meeting"] as k]<li><a href="${cmsfn.link(content)!}?kind=${k}"[#if k == kind] aria-current="page"[/#if]>${i18n['quartiersnetz-site.newsKind.' + k]}</a></li>[/#list]
  </ul>
</nav>
<p class="feeds">${i18n['quartiersnetz-site.feed.subscribe']} <a href="${ctx.contextPath}/aktuelles/feed.rss">RSS</a> · <a href="${ctx.contextPath}/aktuelles/feed.atom">Atom</a> · <a href="${ctx.contextPath}/aktuelles/termine.ics">${i18n['quartiersnetz-site.feed.ics']}</a></p>
[#if upcoming?has_content && !kind?has_content]
<section aria-labelledby="upcoming-heading">
  <h2 id="upcoming-heading">${i18n['quartiersnetz-site.news.upcoming']}</h2>
  <ul>[#list upcoming as e]<li><a href="${cmsfn.link(e)!}">${e.title!}</a> (${e.eventStart?string["dd.MM.yyyy"]})</li>[/#list]</ul>
</section>
[/#if]
<ul class="news-list">
  [#list items as n]
  <li>
    <article>
      <h2><a href="${cmsfn.link(n)!}">${n.title!}</a></h2>
      <p class="meta">[#if n.kind?has_content]${i18n['quartiersnetz-site.newsKind.' + n.kind]} · [/#if][#if n.date??]<time datetime="${n.date?string["yyyy-MM-dd"]}">${n.date?string["dd.MM.yyyy"]}</time>[/#if][#if n.dateline?has_content] · ${n.dateline}[/#if]</p>
      [#if n.teaser?has_content]<p>${n.teaser}</p>[/#if]
    </article>
  </li>
  [#else]
  <li>${i18n['quartiersnetz-site.news.none']}</li>
  [/#list]
</ul>
[@cms.area name="main" /]
[/@layout.page]
