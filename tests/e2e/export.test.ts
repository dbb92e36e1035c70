import type { DeckManifest } from '../../node/pdf.ts'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { parseSync } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTES_RULES } from '../../node/check.ts'
import { chapterHeading } from '../../node/complete.ts'
import { COMPLETE_PDF } from '../../node/home.ts'
import { deckFile, DIST_DIR, ROOT } from '../../node/paths.ts'
import { DECKS, findDeck } from '../../shared/course.ts'
import { learnerHtml, stageDirections } from '../../shared/notes.ts'
import { inkIn, metadata, outlineTitles, pageSizes, pageText } from './support/pdf.ts'
import { assertSiteBuilt } from './support/site.ts'

// A real full export (npm run export): every deck and the complete module. Two decks are checked
// page by page: the overview (mermaid, flow diagrams) and the CRI chapter.
const SLUGS = ['00-runtimes-et-cri', '05-interface-cri']
const pdf = (name: string) => `${DIST_DIR}/pdf/${name}`
function exportCmd(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [`${ROOT}scripts/export.ts`, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
}
const manifest = (slug: string) => JSON.parse(readFileSync(pdf(`${slug}.json`), 'utf8')) as DeckManifest
const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/[’']/g, '\'').trim()

let exportOutput: string

beforeAll(() => {
  assertSiteBuilt()
  const result = exportCmd([])
  exportOutput = result.stdout + result.stderr
  expect(result.status, exportOutput).toBe(0)
})

describe.each(SLUGS)('npm run export -- %s', (slug) => {
  const source = () => parseSync(readFileSync(deckFile(slug), 'utf8'), slug).slides

  it('prints its progress', () => {
    expect(exportOutput).toContain(`${slug} : diapositives ${source().length}/${source().length}`)
  })

  it('has one page per slide, each with its slide’s title as text, bookmarks and metadata', async () => {
    const slides = source()
    const meta = await metadata(pdf(`${slug}.pdf`))
    expect(meta.pages).toBe(slides.length)
    for (const [i, slide] of slides.entries()) {
      const title = i === 0 ? findDeck(slug)!.title : slide.title!
      // Compared without spaces: the text layer splits words around inline code (`crictl`, …).
      const compact = (t: string) => normalise(t).replace(/ /g, '')
      expect(compact(pageText(pdf(`${slug}.pdf`), i + 1)), `page ${i + 1}`).toContain(compact(title.replace(/`/g, '')).slice(0, 30))
    }
    expect(meta).toMatchObject({ title: findDeck(slug)!.title, author: 'Runtimes & CRI', language: 'fr-FR' })
    const outline = await outlineTitles(pdf(`${slug}.pdf`))
    expect(outline).toHaveLength(slides.length)
    expect(outline[1]).toBe(`2. ${slides[1].title}`)
  })

  it('has one page per click state in -steps', async () => {
    const states = manifest(slug).slides.reduce((n, s) => n + s.clicks + 1, 0)
    expect(states).toBeGreaterThan(source().length)
    expect((await metadata(pdf(`${slug}-steps.pdf`))).pages).toBe(states)
  })

  it('has an A4 portrait handout with the deck title and page numbers, tagged, in fr-FR', async () => {
    const file = pdf(`${slug}-handout.pdf`)
    // A4 is 595 × 842 pt; Chromium rounds to its own units, within a point or two.
    for (const size of pageSizes(file)) {
      expect(Math.abs(size.width - 595.28)).toBeLessThan(2)
      expect(Math.abs(size.height - 841.89)).toBeLessThan(2)
    }
    expect(normalise(pageText(file, 1))).toContain(normalise(findDeck(slug)!.title))
    expect(normalise(pageText(file, 1))).toMatch(/page 1 \/ \d+/)
    expect(tagged(file)).toBe(true)
    expect((await metadata(file)).language).toBe('fr-FR')
  })

  it('holds each slide’s words in its text layer (95 % at least) and each learner explanation, without [click]', () => {
    const handout = words(execText(pdf(`${slug}-handout.pdf`)))
    for (const s of manifest(slug).slides) {
      // The slide PDF's page is the slide as projected; its navigation line is not the slide's content.
      const slideWords = [...words(pageText(pdf(`${slug}.pdf`), s.no).replace(/Runtimes & CRI · .*$/m, ''))]
        .filter(w => !['bonne', 'réponse', 'vérifier'].includes(w))
      const found = slideWords.filter(w => handout.has(w)).length
      expect(found / Math.max(1, slideWords.length), `diapositive ${s.no}`).toBeGreaterThanOrEqual(0.95)
    }
    const text = normalise(execText(pdf(`${slug}-handout.pdf`)))
    for (const s of source().slice(1).filter(s => !/<Quiz\b/.test(s.content))) {
      const first = normalise(learnerHtml(s.note).split('\n')[0].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')).slice(0, 40)
      if (first)
        expect(text.replace(/ /g, ''), `explication de « ${s.title} »`).toContain(first.replace(/ /g, ''))
    }
    expect(text).not.toContain('[click')
    expect(text).not.toContain('Enseignant :')
  })

  it.runIf(NOTES_RULES)('has no stage direction in its text', () => {
    expect(stageDirections(execText(pdf(`${slug}-handout.pdf`)))).toEqual([])
  })

  it('prints its words at 7 pt or more (10th percentile of word heights)', () => {
    const heights = wordHeights(pdf(`${slug}-handout.pdf`)).sort((a, b) => a - b)
    expect(heights.length).toBeGreaterThan(100)
    expect(heights[Math.floor(heights.length / 10)]).toBeGreaterThanOrEqual(7)
  })

  it('has the quiz questions in the flow and their answers only at the end, and one bookmark per slide', async () => {
    const text = normalise(execText(pdf(`${slug}-handout.pdf`)))
    const corrige = text.indexOf('Corrigé des questions')
    const explanations = source().flatMap(s => [...s.content.matchAll(/<Quiz[\s\S]*?explanation="([^"]+)"/g)].map(m => normalise(m[1]).slice(0, 30)))
    for (const e of explanations) {
      expect(text.indexOf(e), e).toBeGreaterThan(corrige)
      expect(corrige).toBeGreaterThan(0)
    }
    // Chromium names a bookmark after its heading, « 4 Les six chapitres » (sometimes twice over).
    const outline = (await outlineTitles(pdf(`${slug}-handout.pdf`))).map(normalise)
    for (const s of manifest(slug).slides.slice(1)) {
      const title = normalise(s.title.replace(/`/g, '')).slice(0, 15)
      expect(outline.some(t => t.startsWith(String(s.no)) && t.includes(title)), `signet de la diapositive ${s.no}`).toBe(true)
    }
  })

  it('has ink where every diagram should be, in the slide PDF and on the last step page', () => {
    const slides = manifest(slug).slides
    const withDiagrams = slides.filter(s => s.diagrams.length)
    expect(withDiagrams.length).toBeGreaterThan(0)
    let stepPage = 0
    for (const slide of slides) {
      stepPage += slide.clicks + 1
      for (const box of slide.diagrams) {
        expect(inkIn(pdf(`${slug}.pdf`), slide.no, box), `${slug}.pdf page ${slide.no}`).toBeGreaterThan(0.003)
        expect(inkIn(pdf(`${slug}-steps.pdf`), stepPage, box), `${slug}-steps.pdf page ${stepPage}`).toBeGreaterThan(0.003)
      }
    }
  })
})

// The full export above writes the complete module's PDF: issue 15 wants it tagged.
describe('the complete module’s PDF, after a full export', () => {
  const file = pdf(COMPLETE_PDF)

  it('is tagged, in fr-FR, with its title', async () => {
    expect(tagged(file)).toBe(true)
    expect(await metadata(file)).toMatchObject({ title: 'Runtimes & CRI : le module complet', author: 'Runtimes & CRI', language: 'fr-FR' })
  })

  it('has one top-level bookmark per deck, in order, and every deck’s title in its text', async () => {
    // Chromium names a bookmark after its heading text; the slides' headings are nested below.
    const chapters = (await outlineTitles(file, 1)).map(normalise)
    expect(chapters).toHaveLength(DECKS.length)
    for (const [i, deck] of DECKS.entries())
      expect(chapters[i], `signet du deck ${deck.slug}`).toContain(normalise(chapterHeading(deck)))
    const text = normalise(execText(file))
    for (const deck of DECKS)
      expect(text, deck.slug).toContain(normalise(deck.title))
  })

  it('has a chapter page then every slide of each deck, at full page, 16:9', async () => {
    expect((await metadata(file)).pages).toBe(DECKS.reduce((n, d) => n + 1 + manifest(d.slug).pages.slides, 0))
    for (const size of pageSizes(file))
      expect(Math.abs(size.width / size.height - 980 / 552)).toBeLessThan(0.01)
    let page = 1
    for (const deck of DECKS) {
      expect(normalise(pageText(file, page)), `page ${page}`).toContain(normalise(chapterHeading(deck)))
      page += 1 + manifest(deck.slug).pages.slides
    }
  })
})

it('tags every PDF in dist/pdf/', () => {
  const files = readdirSync(`${DIST_DIR}/pdf`).filter(f => f.endsWith('.pdf'))
  expect(files.length).toBeGreaterThan(0)
  expect(files.filter(f => !tagged(pdf(f)))).toEqual([])
})

/** Words of a text, lower-cased, two letters or more. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/[’']/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(w => w.length > 1))
}

/** Heights in points of every word on every page, by pdftotext -bbox. */
function wordHeights(file: string): number[] {
  const html = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(m => Number(m[2]) - Number(m[1]))
}

function tagged(file: string): boolean {
  return /Tagged:\s+yes/.test(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)
}

function execText(file: string): string {
  return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout
}

describe('a failed export', () => {
  let site: string
  beforeAll(() => {
    // A copy of the built deck, where the component used by some slides no longer loads.
    site = mkdtempSync(`${tmpdir()}/export-site-`)
    cpSync(`${DIST_DIR}/05-interface-cri`, `${site}/05-interface-cri`, { recursive: true })
    for (const f of readdirSync(`${site}/05-interface-cri/assets`).filter(f => f.startsWith('TerminalReplay-') && f.endsWith('.js')))
      rmSync(`${site}/05-interface-cri/assets/${f}`)
    mkdirSync(`${site}/pdf`)
    writeFileSync(`${site}/pdf/05-interface-cri.pdf`, 'le bon PDF de la veille')
  })
  afterAll(() => rmSync(site, { recursive: true, force: true }))

  it('names the deck and the slide that did not render, and keeps the PDF that was there', () => {
    const result = exportCmd(['05'], { COURSE_DIST_DIR: site, EXPORT_TIMEOUT_MS: '4000' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/05-interface-cri diapositive \d+ : rendu impossible/)
    expect(readFileSync(`${site}/pdf/05-interface-cri.pdf`, 'utf8')).toBe('le bon PDF de la veille')
    expect(readdirSync(`${site}/pdf`).filter(f => f.includes('.tmp'))).toEqual([])
  })

  it('stops with a clear message when CHROMIUM_PATH points nowhere, and keeps the PDF that was there', () => {
    const result = exportCmd(['05'], { COURSE_DIST_DIR: site, CHROMIUM_PATH: '/nulle/part/chromium' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('CHROMIUM_PATH indique « /nulle/part/chromium », qui n’existe pas.')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(`${site}/pdf/05-interface-cri.pdf`, 'utf8')).toBe('le bon PDF de la veille')
  })
})
