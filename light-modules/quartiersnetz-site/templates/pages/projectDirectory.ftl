[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- Project directory: filters city, network (item name) and topic (project kind) come validated from the
     query string (parameters.queryParameters in the definition). --]
[#assign city = ctx.getParameter("city")!""]
[#assign networkName = ctx.getParameter("network")!""]
[#assign topic = ctx.getParameter("topic")!""]
[#assign filters = {"city": city, "kind": topic}]
[#if networkName?has_content]
  [#assign selectedNetwork = cmsfn.contentByPath("/" + networkName, "networks")!{}]
  [#assign filters = filters + {"networks": (selectedNetwork["@id"])!"-none-"}]
[/#if]
[#assign projects = searchfn.items("projects", filters, "title")]
[@layout.page title=content.title! description=content.description!]
<h1>${content.title!}</h1>
[#if content.intro?has_content]<div class="intro">${cmsfn.decode(content).intro}</div>[/#if]
<form class="filter" method="get" action="${cmsfn.link(content)!}">
  <fieldset>
    <legend>${i18n['quartiersnetz-site.directory.filter']}</legend>
    <div class="field">
      <label for="filter-city">${i18n['quartiersnetz-site.directory.city']}</label>
      <select id="filter-city" name="city">
        <option value="">${i18n['quartiersnetz-site.directory.all']}</option>
        [#list searchfn.values("projects", "city") as value]<option value="${value}"[#if value == city] selected[/#if]>${value}</option>[/#list]
      </select>
    </div>
    <div class="field">
      <label for="filter-network">${i18n['quartiersnetz-site.directory.network']}</label>
      <select id="filter-network" name="network">
        <option value="">${i18n['quartiersnetz-site.directory.all']}</option>
        [#list searchfn.items("networks", {}, "title") as n]<option value="${n['@name']}"[#if n['@name'] == networkName] selected[/#if]>${n.title!n['@name']}</option>[/#list]
      </select>
    </div>
    <div class="field">
      <label for="filter-topic">${i18n['quartiersnetz-site.directory.topic']}</label>
      <select id="filter-topic" name="topic">
        <option value="">${i18n['quartiersnetz-site.directory.all']}</option>
        [#list ["neighbourhoodCoordination", "neighbourhoodManagement", "serviceCentre", "pilotProject", "other"] as value]<option value="${value}"[#if value == topic] selected[/#if]>${i18n['quartiersnetz-site.projectKind.' + value]}</option>[/#list]
      </select>
    </div>
    <button type="submit">${i18n['quartiersnetz-site.directory.apply']}</button>
  </fieldset>
</form>
<p class="result-count" role="status">${i18n("quartiersnetz-site.directory.count", projects?size)}</p>
[#if projects?has_content]
<ul class="cards">
  [#list projects as p]
  <li class="card">
    <h2><a href="${cmsfn.link(p)!}">${p.title!p['@name']}</a></h2>
    [#if p.subtitle?has_content]<p>${p.subtitle}</p>[/#if]
    <p class="meta">[#if p.kind?has_content]${i18n['quartiersnetz-site.projectKind.' + p.kind]}[/#if][#if p.city?has_content] · ${p.city}[/#if][#if p.district?has_content && p.district != (p.city!)] · ${p.district}[/#if]</p>
    [#if p.goal?has_content]<p>${p.goal}</p>[/#if]
  </li>
  [/#list]
</ul>
[#else]
<p>${i18n['quartiersnetz-site.directory.none']}</p>
[/#if]
[@cms.area name="main" /]
[/@layout.page]
