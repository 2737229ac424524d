[#-- Lists items of any content type (workspace): optional filter "property=value" lines, order, limit. --]
[#assign filters = {}]
[#list (content.filter!"")?split("\n") as line]
  [#if line?contains("=")][#assign filters = filters + {line?keep_before("=")?trim: line?keep_after("=")?trim}][/#if]
[/#list]
[#assign limit = content.limit!20][#if limit?is_string][#assign limit = limit?number][/#if]
[#assign items = searchfn.items(content.workspace!"news", filters, content.orderBy!"title", limit)]
<section class="component content-list">
  [#if content.headline?has_content]<h2>${content.headline}</h2>[/#if]
  [#if items?has_content]
  <ul class="[#if (content.style!'list') == 'cards']cards[#else]link-list[/#if]">
    [#list items as i]
    <li[#if (content.style!'list') == 'cards'] class="card"[/#if]>
      <a href="${cmsfn.link(i)!'#'}">${i.title!i["@name"]}</a>
      [#if i.date??] <span class="meta">(${i.date?string["dd.MM.yyyy"]})</span>[/#if]
      [#if (content.showText!false) && (i.teaser!i.goal!i.topic!"")?has_content]<p>${i.teaser!i.goal!i.topic}</p>[/#if]
    </li>
    [/#list]
  </ul>
  [#else]
  <p>${i18n['quartiersnetz-site.contentList.none']}</p>
  [/#if]
  [#if content.moreLink?has_content][#assign more = cmsfn.link("website", content.moreLink)!""][#if more?has_content]<p><a class="more" href="${more}">${content.moreText!i18n['quartiersnetz-site.contentList.more']}</a></p>[/#if][/#if]
</section>
