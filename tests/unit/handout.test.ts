import { describe, expect, it } from 'vitest'
import { handoutHtml, notesToHtml } from '../../node/handout.ts'
import { outlineText } from '../../node/pdf.ts'

describe('notesToHtml', () => {
  it('turns click markers into numbered cues a reader understands', () => {
    expect(notesToHtml('On part du kubelet. [click] Il appelle containerd. [click] Puis runc.'))
      .toBe('<p>On part du kubelet. <span class="click">▶ clic 1</span> Il appelle containerd. <span class="click">▶ clic 2</span> Puis runc.</p>')
  })
  it('follows explicit click numbers', () => {
    expect(notesToHtml('[click:3] trois [click] quatre')).toContain('▶ clic 3</span> trois <span class="click">▶ clic 4')
  })
  it('keeps paragraphs, code, bold and italics, and escapes HTML', () => {
    expect(notesToHtml('Le fichier `config.toml` est **lu** au *démarrage*.\n\nUn <b>second</b> paragraphe.'))
      .toBe('<p>Le fichier <code>config.toml</code> est <strong>lu</strong> au <em>démarrage</em>.</p>\n<p>Un &lt;b&gt;second&lt;/b&gt; paragraphe.</p>')
  })
  it('says so when a slide has no notes', () => {
    expect(notesToHtml(undefined)).toContain('pas de notes')
  })
})

describe('handoutHtml', () => {
  it('sets A4 portrait and puts each slide’s picture beside its notes, as text', () => {
    const html = handoutHtml('containerd', [{ no: 2, title: 'Au programme', png: new Uint8Array([1, 2, 3]), notes: 'Ce que dit l’enseignant.' }], '')
    expect(html).toContain('@page { size: A4 portrait;')
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('alt="Diapositive 2 : Au programme" src="data:image/png;base64,AQID"')
    expect(html).toContain('<div class="notes"><p>Ce que dit l’enseignant.</p></div>')
  })
})

describe('outlineText', () => {
  it('writes bookmarks in outline-pdf’s format, nesting by level', () => {
    expect(outlineText([{ page: 1, title: 'Chapitre 1 : runtimes' }, { page: 3, title: 'a | b', level: 2 }]))
      .toBe('1||Chapitre 1 : runtimes\n3|-|a / b')
  })
})
