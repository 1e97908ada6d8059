/** Where each file of the static site lives, as paths from the site's root. */
export const paths = {
  problems: 'problems/',
  projects: 'projects/',
  article: 'article/',
  data: 'data/',
  problem: (id: string) => `problems/${id}/`,
  project: (id: string) => `projects/${id}/`,
  problemMap: (id: string, theme: 'light' | 'dark') =>
    `problems/${id}/${theme === 'light' ? 'map.svg' : 'map-dark.svg'}`,
  badge: (id: string) => `projects/${id}/badge.svg`,
  problemImage: (id: string) => `og/problem-${id}.png`,
  mapImage: 'og/map.png',
  articleImage: 'og/article.png',
  catalogJson: 'data/catalog.json',
  projectsCsv: 'data/projects.csv',
  problemJson: (id: string) => `data/problems/${id}.json`,
  sitemap: 'sitemap.xml',
  robots: 'robots.txt',
} as const;

/** The app's query string for a view, relative to the app at the root. */
export const appView = {
  problem: (id: string) => `?problem=${encodeURIComponent(id)}`,
  project: (id: string) => `?select=${encodeURIComponent(id)}`,
  article: '?tour=1',
} as const;
