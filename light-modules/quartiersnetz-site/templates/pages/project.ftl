[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#import "/quartiersnetz-site/templates/macros/asset.ftl" as assets]
[#-- Detail page of a project: the item comes as "item" from the detail URL /projekte/<name>. --]
[#if item??]
[#assign p = item]
[#assign hours = searchfn.items("officeHours", {"project": p["@id"]}, "weekday")]
[#assign news = searchfn.items("news", {"projects": p["@id"]}, "date desc", 10)]
[#assign openingSpecs = []]
[#list hours as h]
  [#assign openingSpecs = openingSpecs + [{"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/" + h.weekday?cap_first, "opens": h.opens!, "closes": h.closes!, "validFrom": (h.validFrom?string["yyyy-MM-dd"])!, "validThrough": (h.validUntil?string["yyyy-MM-dd"])!}]]
[/#list]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "Organization",
  "name": p.title!,
  "description": p.goal!,
  "url": canonicalUrl!,
  "email": p.email!,
  "telephone": (p.phones[0])!,
  "address": {"@type": "PostalAddress", "streetAddress": (p.address.street)!, "postalCode": (p.address.postalCode)!, "addressLocality": (p.address.city)!p.city!},
  "hoursAvailable": openingSpecs
})]
[@layout.page title=p.title! description=p.goal!"" jsonld=ld]
<article class="item project">
  <h1>${p.title!}</h1>
  [#if p.image?has_content]<figure class="item-image">[@assets.picture p.image /]</figure>[/#if]
  [#if p.subtitle?has_content]<p class="subtitle">${p.subtitle}</p>[/#if]
  <dl class="facts">
    [#if p.kind?has_content]<dt>${i18n['quartiersnetz-site.project.kind']}</dt><dd>${i18n['quartiersnetz-site.projectKind.' + p.kind]}</dd>[/#if]
    [#if p.carrier?has_content]<dt>${i18n['quartiersnetz-site.project.carrier']}</dt><dd>${p.carrier}</dd>[/#if]
    [#if p.city?has_content]<dt>${i18n['quartiersnetz-site.project.place']}</dt><dd>[#if p.district?has_content && p.district != p.city]${p.district}, [/#if]${p.city}</dd>[/#if]
    [#if p.goal?has_content]<dt>${i18n['quartiersnetz-site.project.goal']}</dt><dd>${p.goal}</dd>[/#if]
    [#if p.networks?has_content]<dt>${i18n['quartiersnetz-site.project.networks']}</dt><dd><ul class="inline">
      [#list p.networks as id][#assign n = cmsfn.contentById(id, "networks")!{}][#if n["@id"]??]<li><a href="${cmsfn.link(n)!}">${n.title!n["@name"]}</a></li>[/#if][/#list]
    </ul></dd>[/#if]
  </dl>
  [#if p.description?has_content]<div class="richtext">${cmsfn.decode(p).description}</div>[/#if]
  [#if p.background?has_content]<div class="richtext">${cmsfn.decode(p).background}</div>[/#if]
  [#if p.offers??]
  <section aria-labelledby="offers-heading">
    <h2 id="offers-heading">${p.offersHeading!i18n['quartiersnetz-site.project.offers']}</h2>
    <ul>[#list cmsfn.children(p.offers) as o]<li>${o.title!}[#if o.text?has_content] – ${o.text}[/#if]</li>[/#list]</ul>
  </section>
  [/#if]
  [#if hours?has_content]
  [#assign status = calendarfn.weekly(hours)]
  <section class="office-hours" aria-labelledby="hours-heading">
    <h2 id="hours-heading">${i18n['quartiersnetz-site.officeHours.title']}</h2>
    <p class="status [#if status.open]open[#else]closed[/#if]" role="status">[#if status.open]${i18n['quartiersnetz-site.officeHours.openNow']} ${i18n("quartiersnetz-site.officeHours.until", status.currentCloses?string["HH:mm"])}[#elseif status.nextOpens??]${i18n['quartiersnetz-site.officeHours.closed']} ${i18n("quartiersnetz-site.officeHours.next", layout.weekday(status.next.weekday), status.nextOpens?string["dd.MM.yyyy"], status.nextOpens?string["HH:mm"])}[/#if]</p>
    <ul>[#list hours as h]<li><a href="${cmsfn.link(h)!}">${layout.weekday(h.weekday)} ${h.opens}–${h.closes} ${i18n['quartiersnetz-site.officeHours.clock']}</a>[#if h.place?has_content], ${h.place}[/#if][#if h.note?has_content] (${h.note})[/#if]</li>[/#list]</ul>
  </section>
  [/#if]
  <section class="contact" aria-labelledby="contact-heading">
    <h2 id="contact-heading">${i18n['quartiersnetz-site.contact.title']}</h2>
    [#if p.address??]<p>[@layout.address p.address /]</p>[/#if]
    [#if p.contacts??][#list cmsfn.children(p.contacts) as c]<p>${c.name!}[#if c.role?has_content] (${c.role})[/#if][#if c.phone?has_content], ${i18n['quartiersnetz-site.contact.phone']} ${c.phone}[/#if][#if c.email?has_content], <a href="mailto:${c.email}">${c.email}</a>[/#if]</p>[/#list][/#if]
    [#if p.phones?has_content]<p>${i18n['quartiersnetz-site.contact.phone']} ${p.phones?join(", ")}</p>[/#if]
    [#if p.email?has_content]<p><a href="mailto:${p.email}">${p.email}</a></p>[/#if]
    [#if p.website?has_content]<p><a href="${p.website}" rel="noopener">${p.website}</a></p>[/#if]
  </section>
  [#if p.latitude?? && p.longitude??]
  <section aria-labelledby="location-heading">
    <h2 id="location-heading">${i18n['quartiersnetz-site.map.title']}</h2>
    <p>${i18n['quartiersnetz-site.map.coordinates']}: ${p.latitude?c}, ${p.longitude?c}</p>
  </section>
  [/#if]
  [#if p.funders?has_content || p.fundingNote?has_content]
  <section aria-labelledby="funding-heading">
    <h2 id="funding-heading">${i18n['quartiersnetz-site.project.funding']}</h2>
    [#if p.fundingNote?has_content]<p>${p.fundingNote}</p>[/#if]
    [#if p.funders?has_content]<ul>[#list p.funders as f]<li>${f}</li>[/#list]</ul>[/#if]
  </section>
  [/#if]
  [#if news?has_content]
  <section aria-labelledby="news-heading">
    <h2 id="news-heading">${i18n['quartiersnetz-site.news.title']}</h2>
    <ul>[#list news as n]<li><a href="${cmsfn.link(n)!}">${n.title!}</a>[#if n.date??] (${n.date?string["dd.MM.yyyy"]})[/#if]</li>[/#list]</ul>
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
