[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#assign ld = jsonfn.ld({
  "@context": "https://schema.org",
  "@type": "NGO",
  "name": (site.organisation)!content.title!,
  "url": canonicalUrl!,
  "description": content.description!
})]
[@layout.page title=content.title! description=content.description! jsonld=ld]
<h1>${content.title!}</h1>
[#if content.intro?has_content]<div class="intro">${cmsfn.decode(content).intro}</div>[/#if]
[@cms.area name="main" /]
[/@layout.page]
