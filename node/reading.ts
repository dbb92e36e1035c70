import type { Deck } from '../shared/course.ts'
// The reading page of a chapter (dist/lecture/<slug>/index.html) and the A4 handout, from one source:
// the deck's slides in their final state (node/capture.ts) followed by their learner explanation
// (shared/notes.ts). Static HTML, no Slidev JS; outside every deck's folder, whose service worker
// would answer for it (pitfall 14). lecture/sw.js keeps what a reading page loaded for offline reading.
import type { CapturedSlide, QuizQuestion } from './capture.ts'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, posix } from 'node:path'
import { chapterLabel, COURSE_TITLE } from '../shared/course.ts'
import { learnerHtml } from '../shared/notes.ts'
import { escapeHtml } from './html.ts'

/** Where a deck's reading page is, from the site root. */
export const readingPath = (slug: string) => `lecture/${slug}/`

/** Fonts of the reading pages, copied into dist/lecture/fonts/. */
export const READING_FONTS = [
  { family: 'Nunito Sans', weight: 400, style: 'normal', file: 'nunito-sans-latin-400-normal.woff2', pkg: '@fontsource/nunito-sans' },
  { family: 'Nunito Sans', weight: 700, style: 'normal', file: 'nunito-sans-latin-700-normal.woff2', pkg: '@fontsource/nunito-sans' },
  { family: 'Nunito Sans', weight: 400, style: 'italic', file: 'nunito-sans-latin-400-italic.woff2', pkg: '@fontsource/nunito-sans' },
  { family: 'Fira Code', weight: 400, style: 'normal', file: 'fira-code-latin-400-normal.woff2', pkg: '@fontsource/fira-code' },
]

export const readingFontFile = (f: typeof READING_FONTS[number]) => `${dirname(createRequire(import.meta.url).resolve(`${f.pkg}/package.json`))}/files/${f.file}`

export interface ReadingSlide extends CapturedSlide {
  /** The slide's speaker notes, as written in the deck. */
  notes?: string
}

export interface ReadingDeck {
  slides: ReadingSlide[]
  css: string
}

export interface ReadingOptions {
  /** `web`: the reading page; `handout`: the same content laid out for A4, answers at the end. */
  mode: 'web' | 'handout'
  /** URL of the deck's folder the slides were captured from, to make their links relative. */
  capturedFrom: string
  /** Links shown in the header: the PDFs that exist, relative to the site root. */
  pdfs?: { file: string, label: string }[]
  /** For the handout: the fonts as data URLs (a PDF is made from a page with no server). */
  fontData?: Map<string, string>
}

/** A link of a captured slide, absolute, rewritten relative to the reading page (lecture/<slug>/). */
function relink(html: string, deck: Deck, from: string): string {
  const origin = new URL(from).origin
  return html.replace(/\b(href|src)="([^"]+)"/g, (all, attr: string, url: string) => {
    if (!url.startsWith(`${origin}/`))
      return all
    const u = new URL(url)
    const rel = posix.relative(`/${readingPath(deck.slug)}`, u.pathname) || '.'
    return `${attr}="${rel}${u.pathname.endsWith('/') && !rel.endsWith('/') ? '/' : ''}${u.search}${u.hash}"`
  })
}

/** The slide itself; one holding a diagram may scroll sideways on a phone, so it takes the focus too. */
function slideView(s: CapturedSlide, deck: Deck, options: ReadingOptions): string {
  const html = relink(s.html, deck, options.capturedFrom)
  const figure = options.mode === 'web' && /<svg\b/.test(html)
  return figure
    ? `<div class="slide-view has-figure" data-testid="reading-slide-view" tabindex="0" role="region" aria-label="Diapositive ${s.no}">${html}</div>`
    : `<div class="slide-view" data-testid="reading-slide-view">${html}</div>`
}

const optionLetter = (i: number) => String.fromCharCode(65 + i)

function quizWeb(q: QuizQuestion, id: string): string {
  return `
    <form class="quiz" data-testid="reading-quiz" data-answer="${q.answer}">
      <fieldset>
        <legend>${escapeHtml(q.question)}</legend>
        ${q.options.map((o, i) => `<label><input type="radio" name="${id}" value="${i}"> ${escapeHtml(o)}</label>`).join('\n        ')}
      </fieldset>
      <button type="submit">Vérifier</button>
      <p class="verdict" role="status" data-testid="reading-quiz-verdict"></p>
      <details data-testid="reading-quiz-answer"><summary>Voir la réponse</summary>
        <p><strong>Réponse : ${escapeHtml(q.options[q.answer] ?? '')}.</strong> ${escapeHtml(q.explanation)}</p>
      </details>
    </form>`
}

function quizHandout(q: QuizQuestion, n: number): string {
  return `
    <div class="quiz" data-testid="handout-quiz">
      <p class="question"><strong>Question ${n}.</strong> ${escapeHtml(q.question)}</p>
      <ul class="options">${q.options.map((o, i) => `<li>☐ ${optionLetter(i)}. ${escapeHtml(o)}</li>`).join('')}</ul>
    </div>`
}

const QUIZ_SCRIPT = `for (const form of document.querySelectorAll('form.quiz')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input:checked');
    const verdict = form.querySelector('.verdict');
    if (!chosen) { verdict.textContent = 'Choisissez d’abord une réponse.'; return; }
    const right = chosen.value === form.dataset.answer;
    form.dataset.verdict = right ? 'correct' : 'wrong';
    verdict.textContent = right ? 'Bonne réponse.' : 'Pas tout à fait.';
    form.querySelector('details').open = true;
  });
}
if ('serviceWorker' in navigator && location.protocol !== 'file:')
  navigator.serviceWorker.register('../sw.js', { scope: '../' }).catch(() => {});`

/** The page CSS: the slides reflow to the width, so that a phone reads them at 14 px and more. */
function pageCss(mode: ReadingOptions['mode'], fontFaces: string): string {
  const common = `${fontFaces}
*{box-sizing:border-box}
.reading{font-family:"Nunito Sans",system-ui,sans-serif;color:#1f2937;line-height:1.55;overflow-wrap:break-word}
.reading h1{font-size:2rem;line-height:1.2;margin:.2rem 0 .4rem}
.reading h2.slide-title{font-size:1.35rem;line-height:1.3;margin:0 0 .6rem;color:#111827}
.reading .no{display:inline-block;min-width:1.8em;color:#4b5563;font-weight:400}
.reading a{color:#1d4ea8}
.slide-view{border:1px solid #d1d5db;border-radius:.5rem;background:#fff;overflow:hidden}
.slide-view .slidev-layout{position:relative;height:auto!important;min-height:0!important;width:auto!important;padding:1rem 1.25rem!important;font-size:1.05rem;color:#1f2937;overflow:visible}
.slide-view .slidev-layout.cover,.slide-view .slidev-layout.center{text-align:left;display:block}
.slide-view svg{max-width:100%;height:auto}
.slide-view img{max-width:100%;height:auto}
.slide-view pre,.slide-view code,.slide-view [class*="terminal"]{white-space:pre-wrap;overflow-wrap:anywhere}
.slide-view [class*="terminal"]{max-width:100%;width:auto!important;min-width:0!important}
.slide-view pre,.slide-view pre code,.slide-view [class*="terminal"]{font-size:max(14px,1em)!important;line-height:1.45!important}
.slide-view .slidev-code-wrapper,.slide-view pre{max-width:100%}
.explanation p{margin:.6rem 0}
.explanation .sources{font-size:.85em;color:#4b5563}
.explanation code,.slide-view code{font-family:"Fira Code",monospace;font-size:max(14px,.9em)}
.explanation code{font-size:1em}
.reading .explanation a,.reading .slide-view a,.reading .sources a{text-decoration:underline}
.quiz fieldset{border:0;padding:0;margin:0}
.quiz legend{font-weight:700;margin-bottom:.4rem}
.quiz label{display:block;padding:.35rem .2rem}
`
  if (mode === 'web') {
    return `${common}
html{font-size:100%}
body{margin:0;background:#f8fafc}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
.reading{max-width:62rem;margin:0 auto;padding:1.25rem 1rem 3rem}
.reading header .label{color:#4b5563;margin:0}
.reading header .links a{font-weight:700}
.toc{font-size:.95rem}
.toc ol{padding-left:2rem;columns:2 18rem;list-style:decimal}
.slide{background:#fff;border:1px solid #e5e7eb;border-radius:.75rem;padding:1rem;margin:1.25rem 0}
.explanation{font-size:1.05rem;max-width:46rem}
.to-deck{margin:.5rem 0 0;font-size:.95rem}
.quiz{border:1px solid #d1d5db;border-radius:.5rem;padding:.9rem 1rem;margin:1rem 0;font-size:1.05rem}
.quiz button{font:inherit;font-weight:700;padding:.35rem 1rem;border-radius:.4rem;border:2px solid #1d4ea8;background:#1d4ea8;color:#fff;cursor:pointer}
.quiz[data-verdict=correct] .verdict{color:#166534;font-weight:700}
.quiz[data-verdict=wrong] .verdict{color:#991b1b;font-weight:700}
@media (max-width:40rem){
  .reading{padding:.75rem .6rem 2rem}
  .slide{padding:.7rem}
  .slide-view .slidev-layout{padding:.75rem!important}
  .slide-view .slidev-layout *{min-width:0}
  .slide-view .grid,.slide-view [class*="grid-cols"],.slide-view .two-columns{display:block!important}
  .slide-view table{display:block;overflow-x:auto}
  /* A timeline's five columns do not fit a phone: one event per line, date first. */
  .slide-view .timeline{display:block!important;margin-top:.5rem!important}
  .slide-view .timeline::before,.slide-view .timeline-event__dot{display:none!important}
  .slide-view .timeline-event{display:block!important;text-align:left!important;border-left:3px solid #6b7280;padding:0 0 .35rem .6rem!important}
  .slide-view .timeline-event>span{display:inline;height:auto!important}
  .slide-view .timeline-event__date::after,.slide-view .timeline-event__title:not(:last-child)::after{content:" · "}
  .slide-view [style*="width"]{max-width:100%}
  /* A diagram keeps a readable size and scrolls sideways inside its frame, never the page. A
     mermaid drawing already has its natural size as max-width: forced to 44rem, a tall one
     (00-5) grew to twice its size and showed only its left half. */
  .slide-view.has-figure{overflow-x:auto}
  .slide-view.has-figure svg:not(.mermaid svg){min-width:44rem}
  /* Cut at the right edge, a diagram does not say that it goes on: a line above it says so. */
  .slide-view.has-figure figure.diagram::before{content:"Schéma plus large que l’écran\\00a0: faites-le défiler →";display:block;margin-bottom:.25rem;font-size:14px;color:#4b5563}
  .explanation{font-size:1rem}
  /* The slide's small print (captions, details, sub-labels) stays readable: 14 px at least. */
  .slide-view :is(small,.text-xs,.text-sm,[class*="__detail"],[class*="__step"],[class*="caption"],[class*="__sub"],[class*="label"],[class*="note"],[class*="tag"],[class*="badge"]):not(svg *){font-size:14px!important}
}
@media print{
  body{background:#fff}
  .skip,.toc,.quiz button,.to-deck,.links{display:none}
  .slide{border:0;padding:0;break-inside:auto}
  .slide-view{break-inside:avoid}
  .quiz details{display:block}
}`
  }
  return `${common}
@page{size:A4 portrait;margin:15mm 14mm 14mm}
html{font-size:13px}
body{margin:0}
.reading header{margin-bottom:4mm}
.reading header .label{color:#4b5563;margin:0;font-size:10pt}
.reading h1{font-size:20pt}
.reading h2.slide-title{font-size:13pt;margin:5mm 0 2mm;break-after:avoid}
.slide-view{break-inside:avoid;border-color:#9ca3af}
/* Code side by side wraps inside half a page: on paper, the columns that hold code are stacked. */
.slide-view .grid:has(pre){display:block!important}
.slide-view .grid:has(pre)>*+*{margin-top:3mm}
.explanation{font-size:10pt;line-height:1.4}
.explanation .sources{font-size:8.5pt}
.quiz .question{font-size:10pt;margin:2mm 0 1mm}
.quiz .options{list-style:none;padding-left:4mm;margin:0 0 3mm;font-size:10pt}
.answers{margin-top:8mm;border-top:0.4mm solid #9ca3af}
.answers h2{font-size:13pt}
.answers li{font-size:10pt;margin:0 0 2mm}
`
}

/** The reading page (mode `web`) or the handout (mode `handout`) of a deck, as one HTML document. */
export function readingHtml(deck: Deck, captured: ReadingDeck, options: ReadingOptions): string {
  const { mode } = options
  const fontFaces = READING_FONTS.map((f) => {
    const src = options.fontData?.get(f.file) ?? `../fonts/${f.file}`
    return `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${src}) format("woff2")}`
  }).join('\n')
  const content = captured.slides.filter(s => !s.quiz.length)
  const quizzes = captured.slides.flatMap(s => s.quiz)
  const title = (s: CapturedSlide) => escapeHtml(s.no === 1 ? deck.title : s.title || `Diapositive ${s.no}`)
  const sections = captured.slides.map((s) => {
    if (s.quiz.length) {
      if (mode === 'web')
        return '' // the quiz comes once, at the end of the page
      const first = quizzes.indexOf(s.quiz[0]) + 1
      return `
  <section class="slide" id="diapo-${s.no}" data-testid="handout-slide">
    <h2 class="slide-title" id="t${s.no}"><span class="no">${s.no}</span> ${title(s)}</h2>
    ${s.quiz.map((q, i) => quizHandout(q, first + i)).join('')}
  </section>`
    }
    const explanation = learnerHtml(s.notes)
    return `
  <section class="slide" id="diapo-${s.no}" data-testid="${mode === 'web' ? 'reading-slide' : 'handout-slide'}"${mode === 'web' ? ` aria-labelledby="t${s.no}"` : ''}>
    <h2 class="slide-title" id="t${s.no}"><span class="no">${s.no}</span> ${title(s)}</h2>
    ${slideView(s, deck, options)}
    ${explanation ? `<div class="explanation" data-testid="reading-explanation">${explanation}</div>` : ''}
    ${mode === 'web' ? `<p class="to-deck"><a href="../../${deck.slug}/#/${s.no}" data-testid="reading-deck-link">Diapositive ${s.no} dans la présentation</a></p>` : ''}
  </section>`
  }).join('')
  const quizPart = !quizzes.length
    ? ''
    : mode === 'web'
      ? `
  <section class="slide quizzes" id="quiz" aria-labelledby="t-quiz">
    <h2 class="slide-title" id="t-quiz">Vérifiez vos acquis</h2>
    ${quizzes.map((q, i) => quizWeb(q, `q${i + 1}`)).join('')}
  </section>`
      : `
  <section class="answers" data-testid="handout-answers" aria-labelledby="t-answers">
    <h2 id="t-answers">Corrigé des questions</h2>
    <ol>${quizzes.map(q => `<li><strong>${optionLetter(q.answer)}. ${escapeHtml(q.options[q.answer] ?? '')}.</strong> ${escapeHtml(q.explanation)}</li>`).join('')}</ol>
  </section>`
  const links = mode === 'web'
    ? `<p class="links"><a href="../../${deck.slug}/" data-testid="reading-to-deck">Ouvrir la présentation</a>${(options.pdfs ?? []).map(p => ` · <a href="../../${p.file}">${escapeHtml(p.label)}</a>`).join('')} · <a href="../../">Accueil du cours</a></p>`
    : ''
  const toc = mode === 'web'
    ? `<nav class="toc" aria-label="Diapositives du chapitre"><ol>${content.map(s => `<li value="${s.no}"><a href="#diapo-${s.no}">${title(s)}</a></li>`).join('')}${quizzes.length ? '<li value="0" style="list-style:none"><a href="#quiz">Vérifiez vos acquis</a></li>' : ''}</ol></nav>`
    : ''
  return `<!doctype html>
<html lang="${mode === 'handout' ? 'fr-FR' : 'fr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(deck.title)} : ${mode === 'web' ? 'à lire' : 'support'} · ${escapeHtml(COURSE_TITLE)}</title>
${mode === 'web' ? '<link rel="icon" href="../../favicon.svg" type="image/svg+xml">' : ''}
<style>
${captured.css}
</style>
<style>
${pageCss(mode, fontFaces)}
</style>
</head>
<body>
${mode === 'web' ? '<a class="skip" href="#contenu">Aller au contenu</a>' : ''}
<div class="reading">
<header>
  <p class="label">${escapeHtml(COURSE_TITLE)} · ${escapeHtml(chapterLabel(deck))}</p>
  <h1>${escapeHtml(deck.title)}</h1>
  <p>${escapeHtml(deck.summary)}</p>
  ${links}
  ${toc}
</header>
<main id="contenu">${sections}${quizPart}
</main>
</div>
${mode === 'web' ? `<script>\n${QUIZ_SCRIPT}\n</script>` : ''}
</body>
</html>
`
}

/**
 * The service worker of the reading pages (scope lecture/): network first, so a rebuilt page shows
 * at once, and the last copy of every page, font and picture they loaded when the network is gone.
 */
export const READING_SW = `const CACHE = 'lecture-v1';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin)
    return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: true }).then(hit => hit || Response.error())));
});
`

/** Writes dist/lecture/<slug>/index.html, and the fonts and service worker the reading pages share. */
export function writeReadingPage(distDir: string, deck: Deck, captured: ReadingDeck, options: Omit<ReadingOptions, 'mode'>): string {
  const dir = `${distDir}/${readingPath(deck.slug)}`
  mkdirSync(dir, { recursive: true })
  mkdirSync(`${distDir}/lecture/fonts`, { recursive: true })
  for (const font of READING_FONTS)
    copyFileSync(readingFontFile(font), `${distDir}/lecture/fonts/${font.file}`)
  writeFileSync(`${distDir}/lecture/sw.js`, READING_SW)
  writeFileSync(`${dir}index.html`, readingHtml(deck, captured, { ...options, mode: 'web' }))
  return `${dir}index.html`
}

/**
 * Builds the reading page of each deck from its built site in dist/: serves dist/, opens each deck's
 * print view in Chromium, and writes dist/lecture/<slug>/index.html. Resolves with the pages written.
 */
export async function buildReadingPages(distDir: string, decks: readonly Deck[], log: (line: string) => void, base = '/'): Promise<string[]> {
  const { readFileSync, existsSync } = await import('node:fs')
  const { parseSync } = await import('@slidev/parser')
  const { launchBrowser } = await import('./browser.ts')
  const { serveStatic } = await import('./serve.ts')
  const { captureDeck } = await import('./capture.ts')
  const { deckFile } = await import('./paths.ts')
  const { deckPdfs } = await import('./home.ts')
  const server = await serveStatic(distDir, 0, base)
  const browser = await launchBrowser()
  const written: string[] = []
  try {
    for (const deck of decks) {
      const started = Date.now()
      const source = parseSync(readFileSync(deckFile(deck.slug), 'utf8'), deckFile(deck.slug)).slides
      const url = `${server.url}${base}${deck.slug}/`
      const captured = await captureDeck(browser, url, source.length)
      const slides = captured.slides.map((s, i) => ({ ...s, notes: source[i]?.note }))
      const pdfs = deckPdfs(deck.slug).filter(p => existsSync(`${distDir}/pdf/${p.file}`)).map(p => ({ file: `pdf/${p.file}`, label: `PDF ${p.label}` }))
      written.push(writeReadingPage(distDir, deck, { ...captured, slides }, { capturedFrom: url, pdfs }))
      log(`✓ ${deck.slug} : page de lecture en ${((Date.now() - started) / 1000).toFixed(1)} s → dist/${readingPath(deck.slug)}`)
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  return written
}
