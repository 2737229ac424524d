[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[@layout.page title=content.title! description=content.description!]
<h1>${content.title!}</h1>
[#if content.intro?has_content]<div class="intro">${cmsfn.decode(content).intro}</div>[/#if]
[@cms.area name="main" /]
[/@layout.page]
