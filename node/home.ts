import type { Deck } from '../shared/course.ts'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { parseSync } from '@slidev/parser'
import { chapterLabel, COURSE_TITLE, DECKS, OBJECTIVES, PREREQUISITES } from '../shared/course.ts'
import { PROGRESS_KEY, resumeTarget } from '../shared/progress.ts'
import { COURSE_DATE_LABEL, VERSIONS } from '../shared/versions.ts'
import { escapeHtml } from './html.ts'
import { deckFile, ROOT } from './paths.ts'

/** Font files the home page needs, copied from @fontsource into dist/fonts/. */
export const HOME_FONTS = [
  { family: 'Nunito Sans', weight: 400, file: 'nunito-sans-latin-400-normal.woff2', pkg: '@fontsource/nunito-sans' },
  { family: 'Nunito Sans', weight: 700, file: 'nunito-sans-latin-700-normal.woff2', pkg: '@fontsource/nunito-sans' },
]

/** Where a font file of HOME_FONTS is on disk, inside its @fontsource package. */
export function fontFilePath(font: typeof HOME_FONTS[number]): string {
  return `${dirname(createRequire(import.meta.url).resolve(`${font.pkg}/package.json`))}/files/${font.file}`
}

export const COMPLETE_PDF = 'runtimes-et-cri-complet.pdf'

/** The three PDFs of a deck, as the export names them, with their labels on the home page. */
export function deckPdfs(slug: string) {
  return [
    { file: `${slug}.pdf`, label: 'diapositives' },
    { file: `${slug}-steps.pdf`, label: 'pas à pas' },
    { file: `${slug}-handout.pdf`, label: 'support A4 avec notes' },
  ]
}

export interface DeckStats {
  slides: number
  /** Estimated time to go through the deck, in minutes. */
  minutes: number
}

/** About two minutes a slide, rounded to five minutes. */
export function estimateMinutes(slides: number): number {
  return Math.max(5, Math.round((slides * 2) / 5) * 5)
}

/** A deck's title, linked when the deck is built (`built` unset: all are); otherwise the command that builds it. */
function deckTitle(d: Deck, built?: ReadonlySet<string>): string {
  if (!built || built.has(d.slug))
    return `<a href="./${d.slug}/" data-testid="home-deck-link">${escapeHtml(d.title)}</a>`
  return `${escapeHtml(d.title)} <small data-testid="home-not-built">(pas encore construit : npm run build -- ${String(d.no).padStart(2, '0')})</small>`
}

/**
 * The course home (dist/index.html), in French: objectives, prerequisites, the decks in order with
 * their questions, size, duration, slides and PDFs, and an offer to resume. Every link is relative,
 * so the site works under any sub-path; PDFs are linked only once exported (`pdfs`).
 */
export function renderHome(decks: readonly Deck[], stats: ReadonlyMap<string, DeckStats>, pdfs: ReadonlySet<string>, built?: ReadonlySet<string>): string {
  const fontFaces = HOME_FONTS.map(f => `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};font-display:swap;src:url(./fonts/${f.file}) format("woff2")}`).join('\n')
  const pdfLinks = (slug: string) => deckPdfs(slug).filter(p => pdfs.has(p.file)).map(p => `<a href="./pdf/${p.file}" data-testid="home-pdf">PDF ${p.label}</a>`).join(' · ')
  const items = decks.map((d) => {
    const s = stats.get(d.slug)
    const meta = s ? `${s.slides} diapositives · environ ${s.minutes} min` : ''
    const links = pdfLinks(d.slug)
    return `
      <li class="deck" data-testid="home-deck" data-slug="${d.slug}">
        <p class="label">${escapeHtml(chapterLabel(d))}${meta ? ` · <span data-testid="home-meta">${meta}</span>` : ''}</p>
        <h3>${deckTitle(d, built)}</h3>
        <p>${escapeHtml(d.summary)}</p>
        <p class="reading"><a href="./lecture/${d.slug}/" data-testid="home-reading-link">Lire le chapitre à son rythme</a> : chaque diapositive suivie de son explication</p>
        <ul class="questions">${d.questions.map(q => `<li>${escapeHtml(q)}</li>`).join('')}</ul>
        ${links ? `<p class="pdfs">${links}</p>` : ''}
      </li>`
  }).join('')
  const complete = pdfs.has(COMPLETE_PDF) ? `<p class="complete"><a href="./pdf/${COMPLETE_PDF}" data-testid="home-pdf">Tout le module en un PDF</a></p>` : ''
  const resumeScript = `const PROGRESS_KEY = ${JSON.stringify(PROGRESS_KEY)};
const DECKS = ${JSON.stringify(decks.map(d => ({ no: d.no, slug: d.slug })))};
${resumeTarget.toString()}
try {
  const target = resumeTarget(JSON.parse(localStorage.getItem(PROGRESS_KEY) || '{}'), DECKS);
  if (target) {
    const link = document.getElementById('resume-link');
    link.href = './' + target.slug + '/#/' + target.slide;
    link.textContent = target.label;
    document.getElementById('resume').hidden = false;
  }
} catch (e) {}`
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(COURSE_TITLE)} : accueil du cours</title>
  <link rel="icon" href="./favicon.svg" type="image/svg+xml">
  <style>
${fontFaces}
*{box-sizing:border-box}
body{font-family:"Nunito Sans",system-ui,sans-serif;margin:0;color:#1f2937;background:#fff;line-height:1.5;overflow-wrap:break-word}
main{max-width:48rem;margin:0 auto;padding:2rem 1.25rem 3rem}
h1{font-size:2.2rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem}
h3{font-size:1.2rem;margin:.1rem 0 .3rem}
.lead{color:#4b5563;margin-top:0;font-size:1.1rem}
a{color:#1d4ea8;font-weight:700}
#served-from-file{margin:1.25rem 0;padding:.75rem 1rem;border:2px solid #b45309;border-radius:.5rem;background:#fffbeb}
#resume{margin:1.25rem 0;padding:.75rem 1rem;border:2px solid #1d4ea8;border-radius:.5rem}
ol.decks{padding:0;list-style:none}
.deck{padding:1rem 0;border-bottom:1px solid #e5e7eb}
.deck p{margin:.2rem 0}
.label{color:#4b5563;font-size:.9rem}
.questions{margin:.3rem 0;padding-left:1.2rem;color:#374151}
.pdfs,.complete{font-size:.95rem}
.versions{color:#4b5563;font-size:.95rem}
footer{color:#6b7280;font-size:.85rem;margin-top:2rem}
  </style>
</head>
<body>
  <main>
    <h1>${escapeHtml(COURSE_TITLE)}</h1>
    <p class="lead">Comment les conteneurs tournent vraiment sous Kubernetes : runtimes de haut et de bas niveau, containerd, CRI-O, runc et l’OCI, l’interface CRI, et la fin de dockershim.</p>
    <p id="served-from-file" data-testid="home-file-notice" hidden>Ouvert depuis un fichier, le cours ne peut pas afficher ses chapitres. Servez-le : dans le dossier du cours, <code>npm start</code> puis <code>http://127.0.0.1:3030/</code> ; ou, dans le dossier <code>dist/</code>, <code>python3 -m http.server</code> puis <code>http://127.0.0.1:8000/</code>.</p>
    <p id="resume" data-testid="home-resume" hidden><a id="resume-link" href="./">Reprendre</a></p>
    <p class="versions" data-testid="home-versions">Cours ${escapeHtml(COURSE_DATE_LABEL)} : ${Object.values(VERSIONS).map(v => `${escapeHtml(v.name)}\u00A0${v.release}`).join(' · ')}.</p>
    <h2>Ce que vous comprendrez</h2>
    <ul data-testid="home-objectives">${OBJECTIVES.map(o => `<li>${escapeHtml(o)}</li>`).join('')}</ul>
    <h2>Prérequis</h2>
    <ul data-testid="home-prerequisites">${PREREQUISITES.map(p => `<li>${escapeHtml(p)}</li>`).join('')}</ul>
    <h2>Les chapitres</h2>
    <ol class="decks">${items}
    </ol>
    ${complete}
    <footer>Dans une présentation : → et ← pour avancer et reculer, « o » pour la vue d’ensemble des diapositives.</footer>
  </main>
  <script>
if (location.protocol === 'file:') document.getElementById('served-from-file').hidden = false;
${resumeScript}
  </script>
</body>
</html>
`
}

/** Slide counts and durations of the decks, read from their Markdown. */
export function deckStats(decks: readonly Deck[] = DECKS): Map<string, DeckStats> {
  // A partial slides folder (a test's, a benchmark's) leaves the other decks without figures.
  return new Map(decks.filter(d => existsSync(deckFile(d.slug))).map((d) => {
    const slides = parseSync(readFileSync(deckFile(d.slug), 'utf8'), deckFile(d.slug)).slides.length
    return [d.slug, { slides, minutes: estimateMinutes(slides) }]
  }))
}

/** Writes dist/index.html with its fonts and favicon, linking the PDFs found in dist/pdf/. */
export function writeHome(distDir: string): void {
  const pdfs = new Set(DECKS.flatMap(d => deckPdfs(d.slug).map(p => p.file)).concat(COMPLETE_PDF).filter(f => existsSync(`${distDir}/pdf/${f}`)))
  mkdirSync(`${distDir}/fonts`, { recursive: true })
  for (const font of HOME_FONTS)
    copyFileSync(fontFilePath(font), `${distDir}/fonts/${font.file}`)
  copyFileSync(`${ROOT}public/favicon.svg`, `${distDir}/favicon.svg`)
  // After a partial build (`npm run build -- 02`), the decks not built are listed without a link.
  const built = new Set(DECKS.filter(d => existsSync(`${distDir}/${d.slug}/index.html`)).map(d => d.slug))
  writeFileSync(`${distDir}/index.html`, renderHome(DECKS, deckStats(), pdfs, built))
}
