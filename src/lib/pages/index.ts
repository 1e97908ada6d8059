export { planSite, OG_SIZE, type SiteOptions, type SitePlan } from './sitePlan.ts';
export { siteLinks, normaliseSiteUrl, relativeHref, type SiteLinks } from './siteLinks.ts';
export { pageShell, jsonScript, SITE_NAME, type PageAssets, type PageFrame } from './pageShell.ts';
export { badgeSvg, badgeSnippets } from './badge.ts';
export { csvField, projectsCsv, catalogJson } from './reuseData.ts';
export { paths, appView } from './pagePaths.ts';
