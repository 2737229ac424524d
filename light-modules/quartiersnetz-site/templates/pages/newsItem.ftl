[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#import "/quartiersnetz-site/templates/macros/asset.ftl" as assets]
[#-- Detail page of a news item, event or meeting: the item comes as "item" from /aktuelles/<name>. --]
[#if item??]
[#assign n = item]
[#assign isEvent = (n.kind!"news") != "news" && n.eventStart??]
[#if isEvent]
[#assign organisers = []]
[#if n.organisers??][#list cmsfn.children(n.organisers) as o][#assign organisers = organisers + [{"@type": "Organization", "name": o.name!}]][/#list][/#if]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "Event",
  "name": n.eventTitle!n.title!,
  "description": n.teaser!,
  "startDate": n.eventStart,
  "endDate": n.eventEnd!,
  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
  "eventStatus": "https://schema.org/EventScheduled",
  "location": {"@type": "Place", "name": (n.venue.name)!"", "address": {"@type": "PostalAddress", "streetAddress": (n.venue.street)!, "postalCode": (n.venue.postalCode)!, "addressLocality": (n.venue.city)!}},
  "organizer": organisers,
  "url": canonicalUrl!
})]
[#else]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": n.title!,
  "description": n.teaser!,
  "datePublished": n.date!,
  "dateModified": cmsfn.metaData(n, "mgnl:lastModified")!,
  "url": canonicalUrl!,
  "publisher": {"@type": "Organization", "name": (site.organisation)!(site.title)!""}
})]
[/#if]
[@layout.page title=n.title! description=n.teaser!"" jsonld=ld]
<article class="item news-item">
  <h1>${n.title!}</h1>
  [#if n.image?has_content]<figure class="item-image">[@assets.picture n.image /]</figure>[/#if]
  <p class="meta">[#if n.kind?has_content]${i18n['quartiersnetz-site.newsKind.' + n.kind]} · [/#if][#if n.date??]<time datetime="${n.date?string["yyyy-MM-dd"]}">${n.date?string["dd.MM.yyyy"]}</time>[/#if][#if n.dateline?has_content] · ${n.dateline}[/#if]</p>
  [#if n.teaser?has_content]<p class="teaser">${n.teaser}</p>[/#if]
  [#if isEvent]
  <dl class="facts">
    <dt>${i18n['quartiersnetz-site.event.when']}</dt>
    <dd><time datetime="${n.eventStart?string["yyyy-MM-dd'T'HH:mm"]}">${n.eventStart?string[(n.dateOnly!false)?then("dd.MM.yyyy", "dd.MM.yyyy, HH:mm")]}</time>[#if n.eventEnd??] – ${n.eventEnd?string[(n.dateOnly!false)?then("dd.MM.yyyy", "HH:mm")]}[/#if] (<a href="${ctx.contextPath}/aktuelles/${n['@name']}.ics">${i18n['quartiersnetz-site.feed.icsOne']}</a>)</dd>
    [#if n.venue??]<dt>${i18n['quartiersnetz-site.event.where']}</dt><dd>${[n.venue.name!, n.venue.street!, ((n.venue.postalCode!) + " " + (n.venue.city!))?trim]?filter(x -> x?has_content)?join(", ")}</dd>[/#if]
    [#if n.eventFormat?has_content]<dt>${i18n['quartiersnetz-site.event.format']}</dt><dd>${n.eventFormat}</dd>[/#if]
    [#if n.audience?has_content]<dt>${i18n['quartiersnetz-site.event.audience']}</dt><dd>${n.audience}</dd>[/#if]
    [#if n.registrationDeadline??]<dt>${i18n['quartiersnetz-site.event.registration']}</dt><dd>${i18n['quartiersnetz-site.event.until']} ${n.registrationDeadline?string["dd.MM.yyyy"]}[#if n.registrationEmail?has_content]: <a href="mailto:${n.registrationEmail}">${n.registrationEmail}</a>[/#if][#if n.registrationNote?has_content] (${n.registrationNote})[/#if]</dd>[/#if]
    [#if n.costNote?has_content]<dt>${i18n['quartiersnetz-site.event.cost']}</dt><dd>${n.costNote}</dd>[/#if]
  </dl>
  [/#if]
  [#if n.body?has_content]<div class="richtext">${cmsfn.decode(n).body}</div>[/#if]
  [#if n.agendaItems??]
  <section aria-labelledby="agenda-heading">
    <h2 id="agenda-heading">${i18n['quartiersnetz-site.agenda.title']}</h2>
    <ol class="agenda">[#list cmsfn.children(n.agendaItems) as a]<li class="agenda-${a.kind!'item'}">[#if a.startTime?has_content]<span class="time">${a.startTime}[#if a.endTime?has_content]–${a.endTime}[/#if]</span> [/#if]<strong>${a.title!}</strong>[#if a.speaker?has_content] – ${a.speaker}[/#if][#if a.text?has_content]<br>${a.text}[/#if]</li>[/#list]</ol>
  </section>
  [/#if]
  [#if n.organisers??]
  <section aria-labelledby="organisers-heading">
    <h2 id="organisers-heading">${i18n['quartiersnetz-site.event.organisers']}</h2>
    <ul>[#list cmsfn.children(n.organisers) as o][#assign on = (o.network?has_content)?then(cmsfn.contentById(o.network, "networks")!{}, {})]<li>[#if on["@id"]??]<a href="${cmsfn.link(on)!}">${o.name!}</a>[#else]${o.name!}[/#if][#if o.role?has_content] (${o.role})[/#if]</li>[/#list]</ul>
  </section>
  [/#if]
  [#if n.networks?has_content || n.projects?has_content]
  <section aria-labelledby="related-heading">
    <h2 id="related-heading">${i18n['quartiersnetz-site.news.related']}</h2>
    <ul>
      [#list n.networks![] as id][#assign x = cmsfn.contentById(id, "networks")!{}][#if x["@id"]??]<li><a href="${cmsfn.link(x)!}">${x.title!}</a></li>[/#if][/#list]
      [#list n.projects![] as id][#assign x = cmsfn.contentById(id, "projects")!{}][#if x["@id"]??]<li><a href="${cmsfn.link(x)!}">${x.title!}</a></li>[/#if][/#list]
    </ul>
  </section>
  [/#if]
  [#if n.contacts??]
  <section aria-labelledby="contacts-heading">
    <h2 id="contacts-heading">${i18n['quartiersnetz-site.contact.title']}</h2>
    [#list cmsfn.children(n.contacts) as c]<p>${c.name!}[#if c.organisation?has_content], ${c.organisation}[/#if][#if c.phone?has_content], ${i18n['quartiersnetz-site.contact.phone']} ${c.phone}[/#if][#if c.email?has_content], <a href="mailto:${c.email}">${c.email}</a>[/#if]</p>[/#list]
  </section>
  [/#if]
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
