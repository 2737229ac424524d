[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- All working groups, grouped by network; ?network=<name> shows one network's groups. --]
[#assign networkName = ctx.getParameter("network")!""]
[#assign networks = searchfn.items("networks", {}, "title")]
[#if networkName?has_content][#assign networks = networks?filter(n -> n["@name"] == networkName)][/#if]
[@layout.page title=content.title! description=content.description!]
<h1>${content.title!}</h1>
[#if content.intro?has_content]<div class="intro">${cmsfn.decode(content).intro}</div>[/#if]
[#list networks as n]
  [#assign groups = searchfn.items("workingGroups", {"network": n["@id"]}, "title")]
  [#if groups?has_content]
  <section aria-labelledby="wg-${n['@name']}">
    <h2 id="wg-${n['@name']}">${n.title!}</h2>
    <ul class="cards">
      [#list groups as g]
      <li class="card">
        <h3><a href="${cmsfn.link(g)!}">${g.title!}</a></h3>
        [#if g.topic?has_content]<p>${g.topic}</p>[/#if]
        <p class="meta">[#if g.rhythm?has_content]${g.rhythm}[/#if][#if g.nextMeetingDate??] · ${i18n['quartiersnetz-site.workingGroup.nextMeeting']} ${g.nextMeetingDate?string["dd.MM.yyyy"]}[/#if]</p>
      </li>
      [/#list]
    </ul>
  </section>
  [/#if]
[/#list]
[@cms.area name="main" /]
[/@layout.page]
