import { describe, expect, it } from 'vitest'
import { handoutHtml } from '../../node/handout.ts'
import { outlineText } from '../../node/pdf.ts'
import { readingHtml } from '../../node/reading.ts'
import { DECKS } from '../../shared/course.ts'

const deck = DECKS[2]
const from = 'http://127.0.0.1:1234/02-containerd/'
const notes = 'Le shim est le parent du conteneur. [click] Il survit à containerd.\n\n**Sources :** containerd v2.3.4\n\n> **Enseignant :** demandez au groupe.'
const content = {
  css: '.slidev-layout{padding:1rem}',
  slides: [
    { no: 1, title: 'containerd', html: '<div class="slidev-layout cover"><p>Chapitre 2</p></div>', text: 'Chapitre 2', quiz: [] },
    { no: 2, title: 'Le shim garde le conteneur', html: `<div class="slidev-layout"><a href="${from}#/1">début</a> <a href="http://127.0.0.1:1234/">accueil</a><img src="${from}schema.svg"></div>`, text: '', quiz: [], notes },
    { no: 3, title: 'Vérifiez vos acquis', html: '<div></div>', text: '', quiz: [{ question: 'Qui est le parent ?', options: ['containerd', 'le shim'], answer: 1, explanation: 'Le shim lance runc.' }] },
  ],
}

describe('readingHtml', () => {
  const html = readingHtml(deck, content, { mode: 'web', capturedFrom: from })
  it('gives each slide a heading, its learner explanation without the teacher’s part, and a link to the same slide', () => {
    expect(html).toContain('<h2 class="slide-title" id="t2"><span class="no">2</span> Le shim garde le conteneur</h2>')
    expect(html).toContain('<p>Le shim est le parent du conteneur. Il survit à containerd.</p>')
    expect(html).not.toContain('Enseignant')
    expect(html).toContain('<a href="../../02-containerd/#/2" data-testid="reading-deck-link">')
  })
  it('rewrites the deck’s links and pictures relative to lecture/<slug>/', () => {
    expect(html).toContain('href="../../02-containerd/#/1"')
    expect(html).toContain('href="../../"')
    expect(html).toContain('src="../../02-containerd/schema.svg"')
  })
  it('puts the quiz at the end, answerable, with its answer explained', () => {
    expect(html).toContain('data-answer="1"')
    expect(html.indexOf('data-testid="reading-quiz"')).toBeGreaterThan(html.indexOf('id="diapo-2"'))
    expect(html).toContain('<strong>Réponse : le shim.</strong> Le shim lance runc.')
    expect(html).toContain('navigator.serviceWorker.register(\'../sw.js\', { scope: \'../\' })')
  })
})

describe('handoutHtml', () => {
  const html = handoutHtml(deck, content, from)
  it('is A4 portrait in fr-FR, explanations at 10 pt, with no script', () => {
    expect(html).toContain('@page{size:A4 portrait;')
    expect(html).toContain('<html lang="fr-FR">')
    expect(html).toContain('.explanation{font-size:10pt;')
    expect(html).not.toContain('<script>')
  })
  it('keeps quiz questions in the flow and their answers at the end only', () => {
    expect(html).toContain('<strong>Question 1.</strong> Qui est le parent ?')
    const answer = html.indexOf('B. le shim.')
    expect(answer).toBeGreaterThan(html.indexOf('data-testid="handout-answers"'))
    expect(html.indexOf('Le shim lance runc.')).toBeGreaterThan(html.indexOf('data-testid="handout-answers"'))
  })
})

describe('outlineText', () => {
  it('writes bookmarks in outline-pdf’s format, nesting by level', () => {
    expect(outlineText([{ page: 1, title: 'Chapitre 1 : runtimes' }, { page: 3, title: 'a | b', level: 2 }]))
      .toBe('1||Chapitre 1 : runtimes\n3|-|a / b')
  })
})
