/**
 * The A4 handout: the reading page's content (node/reading.ts) laid out for paper. Slides are their
 * own DOM (text in the PDF's text layer, diagrams as vector SVG), each followed by its learner
 * explanation at 10 pt; quiz questions stay in the flow, their answers come at the end. Printed in
 * one tagged pass with bookmarks, so that no page is merged and the structure tree survives.
 */
import type { Page } from 'playwright-chromium'
import type { Deck } from '../shared/course.ts'
import type { ReadingDeck } from './reading.ts'
import { readFileSync } from 'node:fs'
import { COURSE_TITLE } from '../shared/course.ts'
import { escapeHtml } from './html.ts'
import { READING_FONTS, readingFontFile, readingHtml, readingPath } from './reading.ts'

/** The reading pages' fonts as data URLs: the handout must not depend on what dist/ holds. */
function fontData(): Map<string, string> {
  return new Map(READING_FONTS.map(f => [f.file, `data:font/woff2;base64,${readFileSync(readingFontFile(f)).toString('base64')}`]))
}

/** The handout of a deck as one HTML document, for A4 portrait. */
export function handoutHtml(deck: Deck, content: ReadingDeck, capturedFrom: string): string {
  return readingHtml(deck, content, { mode: 'handout', capturedFrom, fontData: fontData() })
}

/**
 * Prints the handout in `page`, served from where the deck's reading page lives (so that its
 * relative links and pictures resolve): A4, tagged, one bookmark per heading, title and page numbers.
 */
export async function printHandout(page: Page, deck: Deck, content: ReadingDeck, capturedFrom: string): Promise<Uint8Array> {
  const at = `${new URL(capturedFrom).origin}/${readingPath(deck.slug)}`
  const html = handoutHtml(deck, content, capturedFrom)
  await page.route(at, route => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
  await page.goto(at)
  await page.evaluate(() => document.fonts.ready)
  return page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    margin: { top: '16mm', bottom: '14mm', left: '14mm', right: '14mm' },
    headerTemplate: `<div style="font-size:10px;width:100%;margin:0 14mm;font-family:sans-serif;color:#374151;display:flex;justify-content:space-between"><span>${escapeHtml(deck.title)}</span><span>${escapeHtml(COURSE_TITLE)}</span></div>`,
    footerTemplate: `<div style="font-size:10px;width:100%;text-align:center;font-family:sans-serif;color:#374151">page <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  })
}
