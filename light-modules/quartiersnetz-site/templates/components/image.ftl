[#-- Image or document from the Assets app; alt text comes from the asset (required there for images). --]
[#import "/quartiersnetz-site/templates/macros/asset.ftl" as assets]
[#assign asset = damfn.getAsset(content.image!"")!{}]
[#if asset.link??]
<figure class="component image">
  [#if asset.image]
  [@assets.picture content.image /]
  [#else]
  [@assets.download content.image /]
  [/#if]
  [#if content.caption?has_content || asset.copyright??]<figcaption>${content.caption!}[#if asset.copyright??] <small>© ${asset.copyright}</small>[/#if]</figcaption>[/#if]
</figure>
[/#if]
