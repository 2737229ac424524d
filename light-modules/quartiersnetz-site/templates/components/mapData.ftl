[#-- Map data without a map service: locations of the items of a workspace as a table (place, coordinates). --]
[#assign items = searchfn.items(content.workspace!"projects", {}, "title")]
<section class="component map-data">
  <h2>${content.headline!i18n['quartiersnetz-site.map.title']}</h2>
  <table>
    <caption>${i18n['quartiersnetz-site.map.caption']}</caption>
    <thead><tr><th scope="col">${i18n['quartiersnetz-site.map.name']}</th><th scope="col">${i18n['quartiersnetz-site.map.place']}</th><th scope="col">${i18n['quartiersnetz-site.map.latitude']}</th><th scope="col">${i18n['quartiersnetz-site.map.longitude']}</th></tr></thead>
    <tbody>
    [#list items as i]
      <tr><th scope="row"><a href="${cmsfn.link(i)!'#'}">${i.title!i["@name"]}</a></th><td>[#if i.address??][#if i.address.street?has_content]${i.address.street}, [/#if]${i.address.postalCode!} ${i.address.city!i.city!}[#else]${i.city!}[/#if]</td><td>${(i.latitude?c)!"–"}</td><td>${(i.longitude?c)!"–"}</td></tr>
    [/#list]
    </tbody>
  </table>
</section>
