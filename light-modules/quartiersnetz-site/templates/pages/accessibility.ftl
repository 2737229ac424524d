[#import "/quartiersnetz-site/templates/macros/layout.ftl" as layout]
[#-- Erklärung zur Barrierefreiheit: the fixed parts of the BITV 2.0 statement come from the i18n bundle;
     the status, known gaps, feedback contact and enforcement body are page properties. --]
[@layout.page title=content.title!i18n['quartiersnetz-site.accessibility.title'] description=content.description!]
<h1>${content.title!i18n['quartiersnetz-site.accessibility.title']}</h1>
<p>${i18n['quartiersnetz-site.accessibility.scope']}</p>
<h2>${i18n['quartiersnetz-site.accessibility.status']}</h2>
[#if content.status?has_content]<div>${cmsfn.decode(content).status}</div>[#else]<p>${i18n['quartiersnetz-site.accessibility.status.default']}</p>[/#if]
[#if content.knownIssues?has_content]
<h2>${i18n['quartiersnetz-site.accessibility.knownIssues']}</h2>
<div>${cmsfn.decode(content).knownIssues}</div>
[/#if]
<h2>${i18n['quartiersnetz-site.accessibility.created']}</h2>
<p>${i18n['quartiersnetz-site.accessibility.created.text']}[#if content.reviewed??] ${content.reviewed?string["dd.MM.yyyy"]}[/#if]</p>
<h2>${i18n['quartiersnetz-site.accessibility.feedback']}</h2>
<p>${i18n['quartiersnetz-site.accessibility.feedback.text']}</p>
[#if content.feedbackEmail?has_content]<p><a href="mailto:${content.feedbackEmail}">${content.feedbackEmail}</a></p>[/#if]
<h2>${i18n['quartiersnetz-site.accessibility.enforcement']}</h2>
[#if content.enforcementBody?has_content]<div>${cmsfn.decode(content).enforcementBody}</div>[#else]<p>${i18n['quartiersnetz-site.accessibility.enforcement.text']}</p>[/#if]
[@cms.area name="main" /]
[/@layout.page]
