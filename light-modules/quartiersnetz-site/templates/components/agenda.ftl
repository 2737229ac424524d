[#-- Agenda: upcoming events and meetings (news items with an event start today or later). --]
[#assign limit = content.limit!10][#if limit?is_string][#assign limit = limit?number][/#if]
[#assign today = calendarfn.now()?string["yyyy-MM-dd"]]
[#assign events = searchfn.items("news", {"eventStart": ">=" + today}, "eventStart", limit)]
[#if (content.includePast!false) && !events?has_content]
  [#assign events = searchfn.items("news", {"kind": ["event", "meeting"]}, "eventStart desc", limit)]
[/#if]
[#assign meetings = searchfn.items("workingGroups", {"nextMeetingDate": ">=" + today}, "nextMeetingDate", limit)]
<section class="component agenda">
  <h2>${content.headline!i18n['quartiersnetz-site.agenda.upcoming']}</h2>
  [#if events?has_content || meetings?has_content]
  <ul class="link-list">
    [#list events as e]<li><time datetime="${e.eventStart?string["yyyy-MM-dd"]}">${e.eventStart?string["dd.MM.yyyy"]}</time> <a href="${cmsfn.link(e)!}">${e.eventTitle!e.title!}</a></li>[/#list]
    [#list meetings as g]<li><time datetime="${g.nextMeetingDate?string["yyyy-MM-dd"]}">${g.nextMeetingDate?string["dd.MM.yyyy"]}</time> <a href="${cmsfn.link(g)!}">${g.title!}</a></li>[/#list]
  </ul>
  [#else]
  <p>${i18n['quartiersnetz-site.agenda.none']}</p>
  [/#if]
  <p><a href="${ctx.contextPath}/aktuelles/termine.ics">${i18n['quartiersnetz-site.feed.ics']}</a></p>
</section>
