[#-- Images and documents of the Assets app (damfn), shared by components and detail pages. --]

[#-- A published image: WebP renditions for browsers that take them, else the JPEG/PNG renditions, with the asset's
     alt text and intrinsic size. Without WebP renditions (not configured, or not writable here) a plain <img>. --]
[#macro picture key rendition="teaser" sizes="(min-width: 48rem) 48rem, 100vw"]
  [#local a = damfn.getAsset(key)!{}]
  [#if a.image!false]
  [#local srcset = damfn.srcset(key)!""]
  [#local webp = damfn.srcset(key, "webp")!""]
  [#if webp?has_content]<picture class="asset"><source type="image/webp" srcset="${webp}" sizes="${sizes}">[/#if]
  <img class="asset" src="${damfn.getAssetLink(key, rendition)!a.link}"[#if srcset?has_content] srcset="${srcset}" sizes="${sizes}"[/#if] alt="${damfn.alt(key)}" width="${a.width?c}" height="${a.height?c}" loading="lazy" decoding="async">
  [#if webp?has_content]</picture>[/#if]
  [/#if]
[/#macro]

[#-- A published document as a download link with its title, type and size. --]
[#macro download key]
  [#local a = damfn.getAsset(key)!{}]
  [#if a.link??]
  <a class="download" href="${a.link}" type="${a.mimeType}">${a.title}<span class="meta"> (${(a.extension!"")?upper_case}, ${a.sizeLabel}, ${i18n['quartiersnetz-site.asset.download']})</span></a>
  [/#if]
[/#macro]
