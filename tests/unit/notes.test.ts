import { describe, expect, it } from 'vitest'
import { countWords, learnerHtml, parseNotes, stageDirections } from '../../shared/notes.ts'

const notes = `Le shim devient le parent du conteneur. [click] Il survit à containerd.
Deuxième ligne du même paragraphe, avec \`runc create\`.

**Sources :** containerd v2.3.4 \`cmd/containerd-shim-runc-v2/main.go\` ; https://containerd.io/docs/

> **Enseignant :** demandez au groupe qui redémarre.
> Clic 1 : le shim.`

describe('parseNotes', () => {
  it('splits the learner paragraphs, the sources and the teacher’s blockquote', () => {
    const parsed = parseNotes(notes)
    expect(parsed.blocks.map(b => [b.kind, b.line])).toEqual([['learner', 0], ['sources', 3], ['teacher', 5]])
    expect(parsed.sources).toBe('containerd v2.3.4 `cmd/containerd-shim-runc-v2/main.go` ; https://containerd.io/docs/')
    expect(parsed.teacher).toBe('demandez au groupe qui redémarre.\nClic 1 : le shim.')
  })
  it('accepts a no-break space before the colon of a marker', () => {
    expect(parseNotes('**Sources\u00A0:** x\n\n> **Enseignant\u202F:** y').blocks.map(b => b.kind)).toEqual(['sources', 'teacher'])
  })
  it('calls any other blockquote or opening bold label an unknown marker', () => {
    expect(parseNotes('> **Note :** x\n\n**Transition :** y\n\nSources : z').blocks.map(b => [b.kind, b.marker]))
      .toEqual([['unknown-marker', '> **Note :**'], ['unknown-marker', '**Transition :**'], ['unknown-marker', 'Sources :']])
  })
  it('leaves bold inside a sentence alone', () => {
    expect(parseNotes('Le shim, **et non containerd**, est le parent.').blocks[0].kind).toBe('learner')
  })
})

describe('stageDirections', () => {
  it.each([
    ['Demandez qui a déjà vu un shim.', 'Demandez'],
    ['▶ clic 3 : le shim apparaît.', '▶'],
    ['Au clic 3, le shim apparaît.', 'clic 3'],
    ['Posez la question à la salle.', 'la salle'],
    ['Prévoyez 5 minutes.', '5 minutes'],
    ['Faites lever la main.', 'Faites lever'],
  ])('finds « %s »', (text, found) => {
    expect(stageDirections(text).map(d => d.found)).toContain(found)
  })
  it('does not take a tool’s English output (« 3 minutes ago ») for a timing', () => {
    expect(stageDirections('CREATED : 3 minutes ago')).toEqual([])
    expect(stageDirections('Prévoyez 3 minutes pour la démonstration.').map(d => d.name)).toContain('minutage')
  })

  it('finds nothing in an explanation for a reader', () => {
    expect(stageDirections('Le kubelet appelle RunPodSandbox, puis CreateContainer et StartContainer ; le groupe de contrôle (cgroup) est créé par runc.')).toEqual([])
  })
})

describe('learnerHtml', () => {
  it('keeps the explanation and the sources, drops the teacher’s part and the click markers', () => {
    const html = learnerHtml(notes)
    expect(html).toBe('<p>Le shim devient le parent du conteneur. Il survit à containerd. Deuxième ligne du même paragraphe, avec <code>runc create</code>.</p>\n'
      + '<p class="sources"><strong>Sources\u00A0:</strong> containerd v2.3.4 <code>cmd/containerd-shim-runc-v2/main.go</code> ; <a href="https://containerd.io/docs/">https://containerd.io/docs/</a></p>')
    expect(html).not.toContain('Enseignant')
  })
  it('escapes HTML and is empty without notes', () => {
    expect(learnerHtml('Un <b>gras</b> ?')).toBe('<p>Un &lt;b&gt;gras&lt;/b&gt; ?</p>')
    expect(learnerHtml(undefined)).toBe('')
  })
})

describe('countWords', () => {
  it('counts words, not click markers or punctuation', () => {
    expect(countWords('Le shim [click] survit : à containerd.')).toBe(5)
  })
})
