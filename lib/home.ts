import type { Deck } from './course.ts'
import { chapterLabel, COURSE_TITLE } from './course.ts'

/** Font files the home page needs, copied from @fontsource into dist/fonts/. */
export const HOME_FONTS = [
  { family: 'Nunito Sans', weight: 400, file: 'nunito-sans-latin-400-normal.woff2', pkg: '@fontsource/nunito-sans' },
  { family: 'Nunito Sans', weight: 700, file: 'nunito-sans-latin-700-normal.woff2', pkg: '@fontsource/nunito-sans' },
]

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The course home (dist/index.html): the decks in order, one line each. Every link is relative. */
export function renderHome(decks: readonly Deck[]): string {
  const fontFaces = HOME_FONTS.map(f => `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};font-display:swap;src:url(./fonts/${f.file}) format("woff2")}`).join('\n')
  const items = decks.map(d => `      <li data-testid="home-deck"><a href="./${d.slug}/">${escape(d.title)}</a> <span class="label">${escape(chapterLabel(d))}</span><br><span class="summary">${escape(d.summary)}</span></li>`).join('\n')
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(COURSE_TITLE)} : accueil du cours</title>
  <link rel="icon" href="./favicon.svg" type="image/svg+xml">
  <style>
${fontFaces}
body{font-family:"Nunito Sans",system-ui,sans-serif;margin:0;color:#1f2937;background:#fff;line-height:1.5}
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem}
h1{font-size:2rem;margin:0 0 .25rem}
p.lead{color:#4b5563;margin-top:0}
ol{padding-left:0;list-style:none}
li{padding:.75rem 0;border-bottom:1px solid #e5e7eb}
a{color:#1d4ea8;font-weight:700}
.label{color:#4b5563;font-size:.9rem}
.summary{color:#374151}
  </style>
</head>
<body>
  <main>
    <h1>${escape(COURSE_TITLE)}</h1>
    <p class="lead">Comprendre l’écosystème complet des runtimes de conteneurs, et comment Kubernetes leur parle par la CRI.</p>
    <ol>
${items}
    </ol>
  </main>
</body>
</html>
`
}
