import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { DECKS } from '../../lib/course.ts'
import { renderHome } from '../../lib/home.ts'

describe('renderHome', () => {
  const html = renderHome(DECKS)
  const doc = new JSDOM(html).window.document

  it('is a French page', () => {
    expect(doc.documentElement.lang).toBe('fr')
  })
  it('lists the seven decks in order, one line each, linked relatively', () => {
    const links = [...doc.querySelectorAll('[data-testid=home-deck] a')].map(a => a.getAttribute('href'))
    expect(links).toEqual(DECKS.map(d => `./${d.slug}/`))
  })
  it('refers to nothing outside the site', () => {
    expect(html).not.toMatch(/https?:\/\//)
  })
})
