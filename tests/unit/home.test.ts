import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { estimateMinutes, renderHome } from '../../node/home.ts'
import { DECKS, OBJECTIVES } from '../../shared/course.ts'
import { parseProgress, recordSlide, resumeTarget } from '../../shared/progress.ts'

const stats = new Map(DECKS.map(d => [d.slug, { slides: 12 + d.no, minutes: estimateMinutes(12 + d.no) }]))

describe('renderHome', () => {
  const html = renderHome(DECKS, stats, new Set(['02-containerd.pdf', '02-containerd-steps.pdf', '02-containerd-handout.pdf']))
  const doc = new JSDOM(html).window.document

  it('is a French page with the objectives and the prerequisites', () => {
    expect(doc.documentElement.lang).toBe('fr')
    expect([...doc.querySelectorAll('[data-testid=home-objectives] li')].map(li => li.textContent)).toEqual([...OBJECTIVES])
    expect(doc.querySelectorAll('[data-testid=home-prerequisites] li').length).toBeGreaterThan(0)
  })
  it('lists the seven decks in order, with their questions, size and duration, linked relatively', () => {
    const decks = [...doc.querySelectorAll('[data-testid=home-deck]')]
    expect(decks.map(d => d.querySelector('[data-testid=home-deck-link]')!.getAttribute('href'))).toEqual(DECKS.map(d => `./${d.slug}/`))
    expect(decks[3].querySelector('[data-testid=home-meta]')!.textContent).toBe('15 diapositives · environ 30 min')
    expect(decks[3].querySelectorAll('.questions li').length).toBe(DECKS[3].questions.length)
  })
  it('links only the PDFs that exist', () => {
    expect([...doc.querySelectorAll('[data-testid=home-pdf]')].map(a => a.getAttribute('href')))
      .toEqual(['./pdf/02-containerd.pdf', './pdf/02-containerd-steps.pdf', './pdf/02-containerd-handout.pdf'])
  })
  it('refers to nothing outside the site', () => {
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
  })
  it('hides the resume offer until the learner has progress', () => {
    expect(doc.querySelector<HTMLElement>('[data-testid=home-resume]')!.hidden).toBe(true)
  })
})

describe('estimateMinutes', () => {
  it('counts about two minutes a slide, in steps of five', () => {
    expect(estimateMinutes(12)).toBe(25)
    expect(estimateMinutes(1)).toBe(5)
  })
})

describe('progress', () => {
  it('resumes at the deck seen last, at its last slide', () => {
    let p = recordSlide({}, '02-containerd', 4, 22, 1000)
    p = recordSlide(p, '03-cri-o', 12, 19, 2000)
    p = recordSlide(p, '02-containerd', 5, 22, 1500)
    expect(resumeTarget(p, DECKS)).toEqual({ slug: '03-cri-o', slide: 12, label: 'Reprendre au chapitre 3, diapositive 12' })
  })
  it('names the overview', () => {
    expect(resumeTarget(recordSlide({}, '00-runtimes-et-cri', 3, 18, 1), DECKS)?.label).toBe('Reprendre à la vue d’ensemble, diapositive 3')
  })
  it('offers nothing without progress, or with unreadable or foreign data', () => {
    expect(resumeTarget({}, DECKS)).toBeUndefined()
    expect(resumeTarget(parseProgress('{pas du json'), DECKS)).toBeUndefined()
    expect(resumeTarget(parseProgress('[1,2]'), DECKS)).toBeUndefined()
    expect(resumeTarget(recordSlide({}, 'autre-cours', 3, 9, 1), DECKS)).toBeUndefined()
  })
})

describe('renderHome after a partial build', () => {
  const html = renderHome(DECKS, stats, new Set(), new Set(['02-containerd']))
  const doc = new JSDOM(html).window.document
  it('links only the decks that were built, and says how to build the others', () => {
    expect([...doc.querySelectorAll('[data-testid=home-deck-link]')].map(a => a.getAttribute('href'))).toEqual(['./02-containerd/'])
    const notBuilt = [...doc.querySelectorAll('[data-testid=home-not-built]')].map(s => s.textContent)
    expect(notBuilt).toHaveLength(DECKS.length - 1)
    expect(notBuilt[0]).toBe('(pas encore construit : npm run build -- 00)')
  })
})

describe('renderHome opened from file://', () => {
  it('tells how to serve the site, and only then', () => {
    const html = renderHome(DECKS, stats, new Set())
    const notice = (url: string) => new JSDOM(html, { url, runScripts: 'dangerously' }).window.document.querySelector<HTMLElement>('[data-testid=home-file-notice]')!
    expect(notice('file:///home/prof/cours/dist/index.html').hidden).toBe(false)
    expect(notice('file:///home/prof/cours/dist/index.html').textContent).toContain('npm start')
    expect(notice('http://127.0.0.1:3030/').hidden).toBe(true)
  })
})
