[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- Detail page of a working group (Arbeitskreis): the item comes as "item" from /arbeitskreise/<name>. --]
[#if item??]
[#assign g = item]
[#assign network = (g.network?has_content)?then(cmsfn.contentById(g.network, "networks")!{}, {})]
[#if g.nextMeetingDate??]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "Event",
  "name": g.title!,
  "startDate": g.nextMeetingDate,
  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
  "location": {"@type": "Place", "name": g.nextMeetingPlace!g.meetingPlace!g.area!""},
  "organizer": {"@type": "Organization", "name": network.title!g.title!},
  "url": canonicalUrl!
})]
[#else][#assign ld = ""][/#if]
[@layout.page title=g.title! description=g.topic!"" jsonld=ld]
<article class="item working-group">
  <h1>${g.title!}</h1>
  [#if g.fullName?has_content && g.fullName != g.title]<p class="subtitle">${g.fullName}</p>[/#if]
  <dl class="facts">
    [#if network["@id"]??]<dt>${i18n['quartiersnetz-site.workingGroup.network']}</dt><dd><a href="${cmsfn.link(network)!}">${network.title!}</a></dd>[/#if]
    [#if g.topic?has_content]<dt>${i18n['quartiersnetz-site.workingGroup.topic']}</dt><dd>${g.topic}</dd>[/#if]
    [#if g.area?has_content]<dt>${i18n['quartiersnetz-site.workingGroup.area']}</dt><dd>${g.area}</dd>[/#if]
    [#if g.rhythm?has_content]<dt>${i18n['quartiersnetz-site.workingGroup.rhythm']}</dt><dd>${g.rhythm}</dd>[/#if]
    [#if g.meetingPlace?has_content]<dt>${i18n['quartiersnetz-site.workingGroup.meetingPlace']}</dt><dd>${g.meetingPlace}</dd>[/#if]
    [#if g.nextMeetingDate??]<dt>${i18n['quartiersnetz-site.workingGroup.nextMeeting']}</dt><dd>${g.nextMeetingDate?string["dd.MM.yyyy"]}[#if g.nextMeetingPlace?has_content], ${g.nextMeetingPlace}[/#if] (<a href="${ctx.contextPath}/arbeitskreise/${g['@name']}.ics">${i18n['quartiersnetz-site.feed.icsOne']}</a>)</dd>[/#if]
    [#if g.openToPublic??]<dt>${i18n['quartiersnetz-site.workingGroup.open']}</dt><dd>${g.openToPublic?then(i18n['quartiersnetz-site.yes'], i18n['quartiersnetz-site.no'])}</dd>[/#if]
    [#if g.participants?has_content]<dt>${i18n['quartiersnetz-site.workingGroup.participants']}</dt><dd>${g.participants}</dd>[/#if]
  </dl>
  [#if g.description?has_content]<div class="richtext">${cmsfn.decode(g).description}</div>[/#if]
  [#if g.history?has_content]<p>${g.history}</p>[/#if]
  [#if g.moderators??]
  <section aria-labelledby="moderators-heading">
    <h2 id="moderators-heading">${i18n['quartiersnetz-site.workingGroup.moderators']}</h2>
    <ul>[#list cmsfn.children(g.moderators) as m]<li>${m.name!}[#if m.organisation?has_content] (${m.organisation})[/#if][#if m.role?has_content], ${m.role}[/#if]</li>[/#list]</ul>
  </section>
  [/#if]
  [#if g.contactEmails?has_content]<p>${i18n['quartiersnetz-site.contact.title']}: [#list g.contactEmails as e]<a href="mailto:${e}">${e}</a>[#sep], [/#list]</p>[/#if]
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
