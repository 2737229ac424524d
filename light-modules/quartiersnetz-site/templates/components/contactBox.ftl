[#-- Contact box: heading, name, role, organisation, address, phone, e-mail, website. --]
<aside class="component contact-box" aria-label="${content.headline!i18n['quartiersnetz-site.contact.title']}">
  <h2>${content.headline!i18n['quartiersnetz-site.contact.title']}</h2>
  [#if content.name?has_content]<p class="name">${content.name}[#if content.role?has_content], ${content.role}[/#if]</p>[/#if]
  [#if content.organisation?has_content]<p>${content.organisation}</p>[/#if]
  [#if content.address?has_content]<p>${content.address}</p>[/#if]
  [#if content.phone?has_content]<p>${i18n['quartiersnetz-site.contact.phone']} ${content.phone}</p>[/#if]
  [#if content.email?has_content]<p><a href="mailto:${content.email}">${content.email}</a></p>[/#if]
  [#if content.website?has_content]<p><a href="${content.website}" rel="noopener">${content.website}</a></p>[/#if]
</aside>
