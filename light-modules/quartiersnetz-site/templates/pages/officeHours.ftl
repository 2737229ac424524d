[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- Detail page of one office-hours slot (Sprechzeit): the item comes as "item" from /sprechzeiten/<name>. --]
[#if item??]
[#assign h = item]
[#assign project = (h.project?has_content)?then(cmsfn.contentById(h.project, "projects")!{}, {})]
[#assign status = calendarfn.weekly([h])]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "Organization",
  "name": project.title!h.title!,
  "url": canonicalUrl!,
  "hoursAvailable": [{"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/" + h.weekday?cap_first, "opens": h.opens!, "closes": h.closes!, "validFrom": (h.validFrom?string["yyyy-MM-dd"])!, "validThrough": (h.validUntil?string["yyyy-MM-dd"])!}]
})]
[#assign heading = (h.title!i18n['quartiersnetz-site.officeHours.title']) + ((project.title)?has_content)?then(": " + project.title, "")]
[@layout.page title=heading jsonld=ld]
<article class="item office-hours">
  <h1>${heading}</h1>
  <p class="status [#if status.open]open[#else]closed[/#if]" role="status">[#if status.open]${i18n['quartiersnetz-site.officeHours.openNow']} ${i18n("quartiersnetz-site.officeHours.until", status.currentCloses?string["HH:mm"])}[#elseif status.nextOpens??]${i18n['quartiersnetz-site.officeHours.closed']} ${i18n("quartiersnetz-site.officeHours.next", layout.weekday(h.weekday), status.nextOpens?string["dd.MM.yyyy"], status.nextOpens?string["HH:mm"])}[/#if]</p>
  <dl class="facts">
    <dt>${i18n['quartiersnetz-site.officeHours.when']}</dt><dd>${layout.weekday(h.weekday)}, ${h.opens}–${h.closes} ${i18n['quartiersnetz-site.officeHours.clock']}</dd>
    [#if h.place?has_content]<dt>${i18n['quartiersnetz-site.officeHours.place']}</dt><dd>${h.place}</dd>[/#if]
    [#if h.validFrom?? || h.validUntil??]<dt>${i18n['quartiersnetz-site.officeHours.valid']}</dt><dd>[#if h.validFrom??]${i18n['quartiersnetz-site.from']} ${h.validFrom?string["dd.MM.yyyy"]} [/#if][#if h.validUntil??]${i18n['quartiersnetz-site.until']} ${h.validUntil?string["dd.MM.yyyy"]}[/#if]</dd>[/#if]
    [#if h.note?has_content]<dt>${i18n['quartiersnetz-site.officeHours.note']}</dt><dd>${h.note}</dd>[/#if]
    [#if project["@id"]??]<dt>${i18n['quartiersnetz-site.officeHours.project']}</dt><dd><a href="${cmsfn.link(project)!}">${project.title!}</a></dd>[/#if]
  </dl>
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
