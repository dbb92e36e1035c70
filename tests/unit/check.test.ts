// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { checkDeck, formatProblem } from '../../node/check.ts'
import { deckFile, ROOT } from '../../node/paths.ts'
import { DECKS } from '../../shared/course.ts'

const fixture = (name: string) => `${ROOT}tests/fixtures/check/${name}.md`
// The older rules' fixtures are read without the « notes en deux voix » rules, whatever NOTES_RULES says.
const problems = async (name: string, notes = false) => (await checkDeck(fixture(name), { notes })).map(formatProblem)
const cli = (...args: string[]) => spawnSync(process.execPath, [`${ROOT}scripts/check.ts`, ...args], { cwd: ROOT, encoding: 'utf8' })

describe('npm run check', () => {
  it('reports a broken mermaid block at its line in the file', async () => {
    expect(await problems('broken-mermaid')).toEqual([
      expect.stringMatching(/^tests\/fixtures\/check\/broken-mermaid\.md:15: mermaid : Parse error: Expecting .* got 'EOF'$/),
    ])
  })
  it('reports an unknown component', async () => {
    expect(await problems('unknown-component')).toEqual([
      'tests/fixtures/check/unknown-component.md:12: composant inconnu <DiagramFlux> : ni dans components/, ni fourni par Slidev ou le thème ; vouliez-vous dire <DiagramFlow>\u00A0?',
    ])
  })
  it('suggests the likely name of a mistyped component, and folds the [click] messages it causes into it', async () => {
    expect(await problems('component-typo-clicks')).toEqual([
      'tests/fixtures/check/component-typo-clicks.md:12: composant inconnu <DiagramFlw> : ni dans components/, ni fourni par Slidev ou le thème ; vouliez-vous dire <DiagramFlow>\u00A0? (les 2 marqueurs [click] des notes en dépendent)',
    ])
  })
  it('reports a link to a deck that does not exist', async () => {
    expect(await problems('missing-deck')).toEqual(['tests/fixtures/check/missing-deck.md:12: lien vers un deck qui n’existe pas : 07-inexistant'])
  })
  it('reports a link to slide 99', async () => {
    expect(await problems('slide-99')).toEqual([expect.stringMatching(/^tests\/fixtures\/check\/slide-99\.md:12: lien vers la diapositive 99 de 02-containerd, qui n’en a que \d+$/)])
  })
  it('reports a link to slide N of another deck whose title no longer names its subject, and says where the subject went', async () => {
    expect(await problems('deck-link-subject')).toEqual([
      expect.stringMatching(/^tests\/fixtures\/check\/deck-link-subject\.md:12: <DeckLink slug="02-containerd" :slide="1" about="RuntimeClass"> : la diapositive 1 s’intitule « containerd » ; « RuntimeClass » est à la diapositive \d+$/),
      'tests/fixtures/check/deck-link-subject.md:14: <DeckLink slug="02-containerd" :slide="1"> : ajoutez about="…", quelques mots du titre visé (« containerd »), pour que le lien reste juste si le deck change',
    ])
  })
  it('reports a Markdown link to another deck, which Slidev would turn into a link inside the deck', async () => {
    expect(await problems('markdown-deck-link')).toEqual([
      'tests/fixtures/check/markdown-deck-link.md:12: lien Markdown « ../02-containerd/ » : Slidev en fait un lien vers une diapositive de ce deck ; vers un autre deck, écrivez <DeckLink slug="…">, vers un fichier, <a href="…">',
    ])
  })
  it('reports two « $ » on one line, which would turn KaTeX on for the whole deck; one per line is fine', async () => {
    expect(await problems('katex-trigger')).toEqual([
      'tests/fixtures/check/katex-trigger.md:19: deux « $ » sur une même ligne : Slidev active alors KaTeX (formules) pour tout le deck, et charge sa feuille de style et ses polices avant la 1re diapositive ; mettez les deux commandes sur deux lignes, ou écrivez-en une sans « $ »',
    ])
  })
  it('reports U+202F before a « ? », where the course writes U+00A0; U+00A0 is fine', async () => {
    expect(await problems('narrow-space')).toEqual([
      'tests/fixtures/check/narrow-space.md:14: espace fine insécable (U+202F) devant « : ; ? ! » ou dans des guillemets : le cours écrit partout l’espace insécable U+00A0',
    ])
  })
  it('reports a missing image', async () => {
    expect(await problems('missing-image')).toEqual(['tests/fixtures/check/missing-image.md:12: image introuvable : /schema-absent.png'])
  })
  it('reports a slide without notes, at its separator', async () => {
    expect(await problems('no-notes')).toEqual(['tests/fixtures/check/no-notes.md:9: diapositive 2 sans notes de l’orateur'])
  })
  it('reports a [click:5] on a slide with 2 clicks', async () => {
    expect(await problems('click-5')).toEqual(['tests/fixtures/check/click-5.md:16: [click:5] dans les notes, mais la diapositive 2 n’a que 2 clics'])
  })
  it('reports headmatter errors and an external link outside « Pour aller plus loin » and the notes', async () => {
    expect(await problems('headmatter-and-external')).toEqual([
      'tests/fixtures/check/headmatter-and-external.md:3: headmatter : « lang » doit valoir « fr » (trouvé « en »)',
      'tests/fixtures/check/headmatter-and-external.md:5: headmatter : clé inconnue « favicons », que Slidev ignorerait',
      'tests/fixtures/check/headmatter-and-external.md:14: lien externe hors de « Pour aller plus loin » et des notes : https://sli.dev',
    ])
  })
  it('accepts a correct deck: component clicks counted, internal links, PDFs and public files resolved', async () => {
    expect(await problems('clean')).toEqual([])
    expect(await problems('clean', true)).toEqual([])
  })
  it('exits 1 and prints file:line: message for each problem', () => {
    const result = cli('--no-notes', 'tests/fixtures/check/no-notes.md', 'tests/fixtures/check/click-5.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('tests/fixtures/check/no-notes.md:9: diapositive 2 sans notes de l’orateur\n')
    expect(result.stderr).toContain('tests/fixtures/check/click-5.md:16: [click:5]')
    expect(result.stderr).toContain('2 problèmes')
  })
  it.each(DECKS.map(d => d.slug))('finds nothing wrong in the course’s own deck %s', async (slug) => {
    expect((await checkDeck(deckFile(slug))).map(formatProblem)).toEqual([])
  })
  it('exits 0 on a clean deck', () => {
    const result = cli('tests/fixtures/check/clean.md')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('aucun problème')
  })
})

describe('npm run check: notes en deux voix', () => {
  it('reports stage directions in the learner text, at their line, and none in the teacher’s blockquote', async () => {
    expect(await problems('notes-stage-direction', true)).toEqual([
      'tests/fixtures/check/notes-stage-direction.md:17: indication de jeu (consigne à l’enseignant : « Demandez ») dans l’explication pour l’apprenant de la diapositive 2 : déplacez-la dans « > **Enseignant :** »',
      'tests/fixtures/check/notes-stage-direction.md:17: indication de jeu (le public de la séance : « au groupe ») dans l’explication pour l’apprenant de la diapositive 2 : déplacez-la dans « > **Enseignant :** »',
    ])
  })
  it('reports a content slide without a learner explanation, and one too short; not a quiz or a section', async () => {
    expect(await problems('notes-no-explanation', true)).toEqual([
      'tests/fixtures/check/notes-no-explanation.md:9: diapositive 2 sans explication pour l’apprenant : ses notes n’ont que la partie « Enseignant »',
      'tests/fixtures/check/notes-no-explanation.md:27: diapositive 3 : explication pour l’apprenant trop courte (11 mots, au moins 25)',
    ])
  })
  it('reports an unknown marker, a bold label or another blockquote, naming file and line', async () => {
    expect(await problems('notes-unknown-marker', true)).toEqual([
      'tests/fixtures/check/notes-unknown-marker.md:17: marqueur inconnu « **Transition :** » dans les notes de la diapositive 2 : seuls « **Sources :** » et « > **Enseignant :** » sont reconnus',
      'tests/fixtures/check/notes-unknown-marker.md:19: marqueur inconnu « > **Note :** » dans les notes de la diapositive 2 : seuls « **Sources :** » et « > **Enseignant :** » sont reconnus',
    ])
  })
  it('accepts notes in two voices, and a slide that opts out with « learner: false »', async () => {
    expect(await problems('notes-two-voices', true)).toEqual([])
  })
  it('applies the rules from the command line with --notes, and exits 1', () => {
    const result = cli('--notes', 'tests/fixtures/check/notes-stage-direction.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('notes-stage-direction.md:17: indication de jeu')
  })
})

describe('npm run build', () => {
  it('refuses a deck that fails the check, with the checker’s messages, and builds nothing', () => {
    const result = spawnSync(process.execPath, [`${ROOT}scripts/build.ts`, '02'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, COURSE_SLIDES_DIR: `${ROOT}tests/fixtures/check-build` },
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/02-containerd\.md:\d+: composant inconnu <DiagramFlux>/)
    expect(result.stderr).toContain('Construction refusée.')
  })
})
