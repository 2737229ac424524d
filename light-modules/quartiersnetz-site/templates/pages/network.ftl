[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- Detail page of a network: the item comes as "item" from /netzwerke/<name>. --]
[#if item??]
[#assign n = item]
[#assign projects = searchfn.items("projects", {"networks": n["@id"]}, "title")]
[#assign groups = searchfn.items("workingGroups", {"network": n["@id"]}, "title")]
[#assign news = searchfn.items("news", {"networks": n["@id"]}, "date desc", 10)]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "NGO",
  "name": n.title!,
  "alternateName": n.abbreviation!,
  "url": canonicalUrl!,
  "email": n.email!,
  "foundingDate": (n.founded?string["yyyy-MM-dd"])!,
  "address": {"@type": "PostalAddress", "streetAddress": (n.address.street)!, "postalCode": (n.address.postalCode)!, "addressLocality": (n.address.city)!n.city!}
})]
[@layout.page title=n.title! description=n.abbreviation!"" jsonld=ld]
<article class="item network">
  <h1>${n.title!}[#if n.abbreviation?has_content] <span class="abbr">(${n.abbreviation})</span>[/#if]</h1>
  <dl class="facts">
    [#if n.kind?has_content]<dt>${i18n['quartiersnetz-site.network.kind']}</dt><dd>${i18n['quartiersnetz-site.networkKind.' + n.kind]}</dd>[/#if]
    [#if n.area?has_content]<dt>${i18n['quartiersnetz-site.network.area']}</dt><dd>${n.area}</dd>[/#if]
    [#if n.founded??]<dt>${i18n['quartiersnetz-site.network.founded']}</dt><dd>${n.founded?string["dd.MM.yyyy"]}[#if n.foundedPlace?has_content], ${n.foundedPlace}[/#if]</dd>[/#if]
    [#if n.legalForm?has_content]<dt>${i18n['quartiersnetz-site.network.legalForm']}</dt><dd>${n.legalForm}</dd>[/#if]
    [#if n.meetingRhythm?has_content]<dt>${i18n['quartiersnetz-site.network.meetingRhythm']}</dt><dd>${n.meetingRhythm}</dd>[/#if]
  </dl>
  [#if n.description?has_content]<div class="richtext">${cmsfn.decode(n).description}</div>[/#if]
  [#if n.history?has_content]<section aria-labelledby="history-heading"><h2 id="history-heading">${i18n['quartiersnetz-site.network.history']}</h2><div class="richtext">${cmsfn.decode(n).history}</div></section>[/#if]
  [#if n.memberStructure?has_content]<p>${n.memberStructure}</p>[/#if]
  [#if projects?has_content]
  <section aria-labelledby="projects-heading">
    <h2 id="projects-heading">${i18n['quartiersnetz-site.network.projects']}</h2>
    <ul>[#list projects as p]<li><a href="${cmsfn.link(p)!}">${p.title!}</a>[#if p.city?has_content] (${p.city})[/#if]</li>[/#list]</ul>
  </section>
  [/#if]
  [#if groups?has_content]
  <section aria-labelledby="groups-heading">
    <h2 id="groups-heading">${i18n['quartiersnetz-site.network.workingGroups']}</h2>
    <ul>[#list groups as g]<li><a href="${cmsfn.link(g)!}">${g.title!}</a></li>[/#list]</ul>
  </section>
  [/#if]
  [#if news?has_content]
  <section aria-labelledby="news-heading">
    <h2 id="news-heading">${i18n['quartiersnetz-site.news.title']}</h2>
    <ul>[#list news as x]<li><a href="${cmsfn.link(x)!}">${x.title!}</a>[#if x.date??] (${x.date?string["dd.MM.yyyy"]})[/#if]</li>[/#list]</ul>
  </section>
  [/#if]
  <section class="contact" aria-labelledby="contact-heading">
    <h2 id="contact-heading">${i18n['quartiersnetz-site.contact.title']}</h2>
    [#if n.address??]<p>[@layout.address n.address /]</p>[/#if]
    [#if n.contacts??][#list cmsfn.children(n.contacts) as c]<p>${c.name!}[#if c.role?has_content] (${c.role})[/#if][#if c.organisation?has_content], ${c.organisation}[/#if][#if c.email?has_content], <a href="mailto:${c.email}">${c.email}</a>[/#if]</p>[/#list][/#if]
    [#if n.phones?has_content]<p>${i18n['quartiersnetz-site.contact.phone']} ${n.phones?join(", ")}</p>[/#if]
    [#if n.email?has_content]<p><a href="mailto:${n.email}">${n.email}</a></p>[/#if]
    [#if n.website?has_content]<p><a href="${n.website}" rel="noopener">${n.website}</a></p>[/#if]
  </section>
</article>
[@cms.area name="main" /]
[/@layout.page]
[#else]
[@layout.page title=content.title! robots="noindex"]
<h1>${content.title!}</h1>
<p>${i18n['quartiersnetz-site.detail.placeholder']}</p>
[@cms.area name="main" /]
[/@layout.page]
[/#if]
