/**
 * The whole module in one PDF (dist/pdf/runtimes-et-cri-complet.pdf): the seven decks' slides, each
 * at full page, 16:9, as in the slide PDFs, each deck opened by a chapter page whose heading is an <h1>.
 * One HTML document, printed once, tagged, bookmarks from the headings: pages copied from one PDF
 * into another would lose the structure tree (pitfall 13).
 */
import type { Browser, Page } from 'playwright-chromium'
import type { Deck } from '../shared/course.ts'
import { COURSE_TITLE } from '../shared/course.ts'
import { escapeHtml } from './html.ts'

/** The printed pages of one deck, as its print view drew them, with every style rule of that view. */
export interface PrintedDeck {
  /** Each page's HTML (`<div class="stash-page">…</div>`), links and pictures made absolute. */
  pages: string[]
  /** The print view's style sheets as text, URLs made absolute (fonts included). */
  sheets: string[]
  /** The `class` and `style` attributes of the print view's <html> and <body>. */
  root: { htmlClass: string, htmlStyle: string, bodyClass: string }
}

export const SLIDE = { width: 980, height: 552 }

/** Reads what a print view holds in its stash (node/export.ts) before it is printed. */
export function readPrinted(page: Page): Promise<PrintedDeck> {
  return page.evaluate(() => {
    // Chromium serialises every URL of a rule as url("…").
    const absolute = (css: string, base: string) => css.replace(/url\("([^"]*)"\)/g, (all, url: string) =>
      /^(?:#|[a-z][\w+.-]*:)/i.test(url) ? all : `url("${new URL(url, base).href}")`)
    const sheets = [...document.styleSheets].flatMap((sheet) => {
      // The styles inside the slides (mermaid's, the diagrams') travel with the pages.
      if (sheet.ownerNode instanceof Element && sheet.ownerNode.closest('#app, #print-stash'))
        return []
      try {
        return [absolute([...sheet.cssRules].filter(r => !(r instanceof CSSImportRule)).map(r => r.cssText).join('\n'), sheet.href ?? document.baseURI)]
      }
      catch {
        return []
      }
    })
    const stash = document.getElementById('print-stash')!.cloneNode(true) as HTMLElement
    stash.querySelectorAll('a[href]').forEach((a) => {
      if (!a.getAttribute('href')!.startsWith('#'))
        a.setAttribute('href', (a as HTMLAnchorElement).href)
    })
    stash.querySelectorAll('img[src]').forEach(i => i.setAttribute('src', (i as HTMLImageElement).src))
    stash.querySelectorAll('image[href]').forEach((i) => {
      const href = i.getAttribute('href')!
      if (!/^(?:data:|#)/.test(href))
        i.setAttribute('href', new URL(href, document.baseURI).href)
    })
    const html = document.documentElement
    return {
      pages: [...stash.children].map(p => p.outerHTML),
      sheets,
      root: { htmlClass: html.className, htmlStyle: html.getAttribute('style') ?? '', bodyClass: document.body.className },
    }
  })
}

/** The bookmark and heading of a deck in the complete PDF: « Chapitre 2 : containerd », or the overview's title. */
export const chapterHeading = (deck: Deck) => deck.no === 0 ? deck.title : `Chapitre ${deck.no} : ${deck.title}`

/** The complete module as one HTML document, decks in order; `printed` holds each deck's pages, same order. */
export function completeHtml(decks: readonly Deck[], printed: readonly PrintedDeck[]): string {
  // The decks share their theme: a style sheet already there is not repeated.
  const sheets = [...new Set(printed.flatMap(p => p.sheets))]
  const chapters = decks.map((deck, i) => `
<section class="chapter" aria-labelledby="chapitre-${deck.no}" data-testid="complete-chapter">
  <div class="chapter-page">
    <p class="course">${escapeHtml(COURSE_TITLE)} · le module complet</p>
    <h1 id="chapitre-${deck.no}">${escapeHtml(chapterHeading(deck))}</h1>
    <p class="summary">${escapeHtml(deck.summary)}</p>
    <p class="count">${printed[i].pages.length} diapositives</p>
  </div>
  ${printed[i].pages.join('\n  ')}
</section>`).join('\n')
  const root = printed[0]?.root ?? { htmlClass: '', htmlStyle: '', bodyClass: '' }
  return `<!doctype html>
<html lang="fr-FR" class="${escapeHtml(root.htmlClass)}" style="${escapeHtml(root.htmlStyle)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(COURSE_TITLE)} : le module complet</title>
${sheets.map(s => `<style>\n${s.replace(/<\/style/gi, '<\\/style')}\n</style>`).join('\n')}
<style>
html,body{height:auto!important;overflow:visible!important;margin:0;background:#fff}
.stash-page,.chapter-page{width:${SLIDE.width}px;height:${SLIDE.height}px;overflow:hidden;position:relative;break-after:page}
.stash-page>.slidev-page{position:absolute;inset:0;width:${SLIDE.width}px;height:${SLIDE.height}px}
.chapter-page{box-sizing:border-box;display:flex;flex-direction:column;justify-content:center;padding:0 56px;font-family:"Nunito Sans",system-ui,sans-serif;color:#1f2937;border-left:16px solid #1d4ea8}
.chapter-page .course{margin:0 0 12px;font-size:18px;color:#4b5563;letter-spacing:.02em}
/* On one line: Chromium names the bookmark after the heading's lines, joined without a space. */
.chapter-page h1{margin:0 0 20px;font-size:34px;line-height:1.2;font-weight:700;color:#111827;white-space:nowrap}
.chapter-page .summary{margin:0 0 16px;font-size:22px;line-height:1.4;max-width:720px}
.chapter-page .count{margin:0;font-size:16px;color:#4b5563}
</style>
</head>
<body class="${escapeHtml(root.bodyClass)}">
<main>${chapters}
</main>
</body>
</html>
`
}

/**
 * Prints the complete module in one tagged pass, bookmarks from the headings: one per chapter,
 * each slide's headings nested under it (one level down, by aria-level, so that they keep their look).
 * `origin` is the static server of dist/, from which the pages load their fonts and pictures.
 */
export async function printComplete(browser: Browser, origin: string, decks: readonly Deck[], printed: readonly PrintedDeck[]): Promise<Uint8Array> {
  const context = await browser.newContext({ viewport: SLIDE, deviceScaleFactor: 2 })
  try {
    const page = await context.newPage()
    page.on('pageerror', error => console.error(`  ! module complet : erreur de page : ${error.message}`))
    // Outside every deck's folder, which its service worker would answer for (pitfall 14).
    const at = `${origin}/pdf/runtimes-et-cri-complet.html`
    const html = completeHtml(decks, printed)
    await page.route(at, route => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
    await page.goto(at)
    await page.emulateMedia({ media: 'screen' })
    await page.evaluate(() => {
      for (const h of document.querySelectorAll<HTMLElement>('.stash-page :is(h1,h2,h3,h4,h5,h6)'))
        h.setAttribute('aria-level', String(Math.min(6, Number(h.tagName[1]) + 1)))
    })
    await page.evaluate(() => document.fonts.ready)
    return await page.pdf({ width: `${SLIDE.width}px`, height: `${SLIDE.height}px`, printBackground: true, tagged: true, outline: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
  }
  finally {
    await context.close()
  }
}
