[#-- Teaser: heading, text, link to a page (website) or to an item (workspace:id via linkWorkspace). --]
[#assign target = ""]
[#if content.link?has_content]
  [#assign target = cmsfn.link(content.linkWorkspace!"website", content.link)!""]
[/#if]
[#if !target?has_content && content.url?has_content][#assign target = content.url][/#if]
<section class="component teaser card">
  <h2>[#if target?has_content]<a href="${target}">${content.headline!}</a>[#else]${content.headline!}[/#if]</h2>
  [#if content.text?has_content]<p>${content.text}</p>[/#if]
  [#if target?has_content && content.linkText?has_content]<p><a class="more" href="${target}">${content.linkText}</a></p>[/#if]
</section>
