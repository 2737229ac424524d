[#-- Office hours of a project (chosen in the dialog): "jetzt geöffnet" or the next opening, then all slots. --]
[#assign project = (content.project?has_content)?then(cmsfn.contentById(content.project, "projects")!{}, {})]
[#assign hours = (project["@id"]??)?then(searchfn.items("officeHours", {"project": project["@id"]}, "weekday"), [])]
<section class="component office-hours-box">
  <h2>${content.headline!i18n['quartiersnetz-site.officeHours.title']}[#if project.title??]: ${project.title}[/#if]</h2>
  [#if hours?has_content]
    [#assign status = calendarfn.weekly(hours)]
    <p class="status [#if status.open]open[#else]closed[/#if]">[#if status.open]${i18n['quartiersnetz-site.officeHours.openNow']} ${i18n("quartiersnetz-site.officeHours.until", status.currentCloses?string["HH:mm"])}[#elseif status.nextOpens??]${i18n['quartiersnetz-site.officeHours.closed']} ${i18n("quartiersnetz-site.officeHours.next", i18n['quartiersnetz-site.weekday.' + status.next.weekday], status.nextOpens?string["dd.MM.yyyy"], status.nextOpens?string["HH:mm"])}[/#if]</p>
    <ul>[#list hours as h]<li><a href="${cmsfn.link(h)!}">${i18n['quartiersnetz-site.weekday.' + h.weekday]} ${h.opens}–${h.closes} ${i18n['quartiersnetz-site.officeHours.clock']}</a>[#if h.note?has_content] (${h.note})[/#if]</li>[/#list]</ul>
    [#if project["@id"]??]<p><a href="${cmsfn.link(project)!}">${project.title!}</a></p>[/#if]
  [#else]
    <p>${i18n['quartiersnetz-site.officeHours.none']}</p>
  [/#if]
</section>
