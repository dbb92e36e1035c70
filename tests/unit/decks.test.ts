// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { deckFile, SLIDES_DIR } from '../../node/paths.ts'
import { DECKS } from '../../shared/course.ts'

const headmatter = (slug: string) => parse(readFileSync(deckFile(slug), 'utf8').split(/^---$/m)[1]) as Record<string, any>

describe('the decks under slides/', () => {
  it('are exactly the seven decks of the course, in order', () => {
    const files = readdirSync(SLIDES_DIR).filter(f => f.endsWith('.md')).sort()
    expect(files).toEqual(DECKS.map(d => `${d.slug}.md`))
  })

  for (const deck of DECKS) {
    describe(deck.slug, () => {
      const hm = headmatter(deck.slug)
      it('has the course title, French, and its slug as export name', () => {
        expect(hm.title).toBe(deck.title)
        expect(hm.lang).toBe('fr')
        expect(hm.exportFilename).toBe(deck.slug)
      })
      it('loads the shared addon at the repository root', () => {
        expect(hm.addons).toEqual(['./'])
      })
      it('fetches nothing from outside: local favicon, bundled fonts', () => {
        expect(hm.favicon).toMatch(/^\.\/[\w-]+\.svg$/)
        expect(hm.fonts?.provider).toBe('none')
      })
      it('uses hash routing, so deep links work on any static host', () => {
        expect(hm.routerMode).toBe('hash')
      })
      it('offers its own exported PDF from the download button, and works offline once built', () => {
        expect(hm.download).toBe(`../pdf/${deck.slug}.pdf`)
        expect(hm.pwa).toBe('build')
      })
    })
  }
})
