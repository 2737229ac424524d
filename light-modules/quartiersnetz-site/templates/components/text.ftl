[#-- Heading (optional) and rich text. --]
<section class="component text">
  [#if content.headline?has_content]<h2>${content.headline}</h2>[/#if]
  [#if content.text?has_content]<div class="richtext">${cmsfn.decode(content).text}</div>[/#if]
</section>
