import type { SourceSlideInfo as SlideInfo } from '@slidev/types'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { getDefaultConfig, parseSync, resolveConfig, verifyConfig } from '@slidev/parser'
import { DECKS } from '../shared/course.ts'
import { countWords, parseNotes, stageDirections } from '../shared/notes.ts'
import { countClicks, findTags, withoutCode } from './deck-clicks.ts'
import { ROOT } from './paths.ts'

export interface Problem {
  file: string
  /** 1-based line in the deck file. */
  line: number
  message: string
}

/**
 * The « notes en deux voix » rules (learner explanation, no stage direction, no unknown marker).
 * Off until the seven decks follow the convention: flip to `true` when they land. Until then
 * `npm run check -- --notes 02` (or COURSE_NOTES_RULES=1) applies them to a deck.
 */
export const NOTES_RULES = true
/** Words a content slide's learner explanation needs at least. */
export const MIN_LEARNER_WORDS = 25

export interface CheckOptions {
  componentDirs?: string[]
  publicDirs?: string[]
  /** Apply the « notes en deux voix » rules; defaults to NOTES_RULES, or COURSE_NOTES_RULES=1. */
  notes?: boolean
}

export const notesRulesByDefault = () => NOTES_RULES || process.env.COURSE_NOTES_RULES === '1'

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`

/** The PDFs `npm run export` writes under dist/pdf/, which decks may link to. */
export function exportedPdfs(): Set<string> {
  const names = DECKS.flatMap(d => [`${d.slug}.pdf`, `${d.slug}-steps.pdf`, `${d.slug}-handout.pdf`])
  return new Set([...names, 'runtimes-et-cri-complet.pdf'])
}

/** Names Slidev and the course accept in a deck's headmatter, from Slidev's own lists. */
function knownHeadmatterKeys(): Set<string> {
  const constants = readFileSync(`${ROOT}node_modules/@slidev/client/constants.ts`, 'utf8')
  const listed = [...constants.matchAll(/export const (?:HEAD|FRONT)MATTER_FIELDS = \[([\s\S]*?)\]/g)]
    .flatMap(m => [...m[1].matchAll(/'(\w+)'/g)].map(q => q[1]))
  return new Set([...Object.keys(getDefaultConfig()), ...listed, 'class', 'layout'])
}

function componentNames(dirs: string[]): Set<string> {
  const names = new Set<string>()
  for (const dir of dirs) {
    if (!existsSync(dir))
      continue
    for (const f of readdirSync(dir))
      names.add(f.replace(/\.(vue|ts|js|md)$/, ''))
  }
  return names
}

const VUE_BUILTINS = new Set(['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'component', 'slot', 'template', 'RouterLink', 'RouterView'])
const pascal = (kebab: string) => kebab.split('-').map(p => p[0].toUpperCase() + p.slice(1)).join('')
const ICON_PREFIXES = (() => {
  const dir = `${ROOT}node_modules/@iconify-json`
  return existsSync(dir) ? readdirSync(dir) : []
})()

let mermaidParse: ((code: string) => Promise<unknown>) | undefined
/** Mermaid's own parser, in a DOM shim: no browser needed. */
async function loadMermaid() {
  if (mermaidParse)
    return mermaidParse
  const { JSDOM } = await import('jsdom')
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
  const g = globalThis as Record<string, unknown>
  for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement', 'Node', 'SVGElement', 'DocumentFragment', 'navigator']) {
    if (!(key in g))
      g[key] = (dom.window as unknown as Record<string, unknown>)[key]
  }
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false })
  mermaidParse = code => mermaid.parse(code)
  return mermaidParse
}

interface Context {
  file: string
  deckDir: string
  publicDirs: string[]
  components: Set<string>
  slideCounts: Map<string, number>
  /** The title of each slide of each deck, to check that a link to slide N still finds its subject. */
  slideTitles: Map<string, string[]>
  problems: Problem[]
}

/** Checks several deck files and prints their problems; resolves with the number of problems. */
export async function checkAndReport(paths: string[], options: Pick<CheckOptions, 'notes'> = {}): Promise<number> {
  let count = 0
  for (const path of paths) {
    for (const problem of await checkDeck(path, options)) {
      console.error(formatProblem(problem))
      count++
    }
  }
  if (count)
    console.error(`\n${count} problème${count > 1 ? 's' : ''} : corrigez-le${count > 1 ? 's' : ''} avant de construire ou d’exporter.`)
  else
    // eslint-disable-next-line no-console -- the command's own report
    console.log(`✓ ${paths.length} deck${paths.length > 1 ? 's' : ''} vérifié${paths.length > 1 ? 's' : ''}, aucun problème.`)
  return count
}

/** Checks one deck file; each problem names the file and the line. */
export async function checkDeck(path: string, options: CheckOptions = {}): Promise<Problem[]> {
  const file = relative(process.cwd(), path) || path
  const markdown = readFileSync(path, 'utf8')
  const lines = markdown.split(/\r?\n/)
  const { slides } = parseSync(markdown, path)
  const ctx: Context = {
    file,
    deckDir: dirname(path),
    publicDirs: options.publicDirs ?? [`${ROOT}public`],
    components: componentNames([
      ...(options.componentDirs ?? [`${ROOT}components`, join(dirname(path), 'components')]),
      `${ROOT}node_modules/@slidev/client/builtin`,
      `${ROOT}node_modules/@slidev/theme-default/components`,
    ]),
    slideCounts: new Map(),
    slideTitles: new Map(DECKS.filter(d => existsSync(`${ROOT}slides/${d.slug}.md`)).map(d => [d.slug, parseSync(readFileSync(`${ROOT}slides/${d.slug}.md`, 'utf8'), d.slug).slides.map(s => s.title ?? '')])),
    problems: [],
  }
  const report = (line: number, message: string) => ctx.problems.push({ file, line, message })
  ctx.slideTitles.set(basename(path, '.md'), slides.map(s => s.title ?? ''))
  for (const [deck, titles] of ctx.slideTitles)
    ctx.slideCounts.set(deck, titles.length)

  checkHeadmatter(slides[0], lines, report)
  checkLines(lines, report)
  for (const slide of slides) {
    const first = ctx.problems.length
    await checkMermaid(slide, lines, report)
    checkComponents(slide, lines, ctx, report)
    checkLinks(slide, lines, ctx, report)
    checkImages(slide, lines, ctx, report)
    checkNotes(slide, lines, report)
    if (options.notes ?? notesRulesByDefault())
      checkTwoVoices(slide, lines, report)
    foldKnockOns(ctx.problems, first)
  }
  return ctx.problems.sort((a, b) => a.line - b.line)
}

type Report = (line: number, message: string) => void

/** Rules on single lines of the deck file, notes and code included: a pattern, and what to say. */
const LINE_RULES: { pattern: RegExp, message: string }[] = [
  // Slidev turns KaTeX on for the whole deck as soon as any line of it holds two `$` (its feature
  // detection in @slidev/parser, `detectFeatures`). The course writes no mathematics, so that is
  // always a shell line such as `$(command -v runc) … ${X}`: the deck then loads KaTeX's
  // stylesheet and 20 font faces before its first slide, and `$…$` in prose would be a formula.
  { pattern: /\$.*?\$/, message: 'deux « $ » sur une même ligne : Slidev active alors KaTeX (formules) pour tout le deck, et charge sa feuille de style et ses polices avant la 1re diapositive ; mettez les deux commandes sur deux lignes, ou écrivez-en une sans « $ »' },
  // The course's one rule: U+00A0 before « : ; ? ! » and inside « », never the narrower U+202F.
  { pattern: /\u202F[:;?!»]|«\u202F/, message: 'espace fine insécable (U+202F) devant « : ; ? ! » ou dans des guillemets : le cours écrit partout l’espace insécable U+00A0' },
]

function checkLines(lines: readonly string[], report: Report) {
  lines.forEach((line, i) => {
    for (const rule of LINE_RULES) {
      if (rule.pattern.test(line))
        report(i + 1, rule.message)
    }
  })
}

/** 1-based line of the first line at or after `from` (0-based) that matches. */
function lineOf(lines: string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = from; i < to; i++) {
    if (test(lines[i]))
      return i + 1
  }
  return from + 1
}

function checkHeadmatter(slide: SlideInfo | undefined, lines: string[], report: Report) {
  if (!slide)
    return report(1, 'deck vide')
  const hm = slide.frontmatter ?? {}
  const keyLine = (key: string) => lineOf(lines, 0, slide.contentStart, l => l.startsWith(`${key}:`))
  if (typeof hm.title !== 'string' || !hm.title.trim())
    report(1, 'headmatter : « title » manquant')
  if (hm.lang !== 'fr')
    report(hm.lang ? keyLine('lang') : 1, `headmatter : « lang » doit valoir « fr »${hm.lang ? ` (trouvé « ${hm.lang} »)` : ''}`)
  const known = knownHeadmatterKeys()
  for (const key of Object.keys(hm)) {
    if (!known.has(key))
      report(keyLine(key), `headmatter : clé inconnue « ${key} », que Slidev ignorerait`)
  }
  verifyConfig(resolveConfig(hm, {}, undefined), {}, message => report(1, `headmatter : ${message}`))
}

async function checkMermaid(slide: SlideInfo, lines: string[], report: Report) {
  for (let i = slide.contentStart; i < slide.end; i++) {
    if (!/^\s*```mermaid\b/.test(lines[i]))
      continue
    let j = i + 1
    while (j < slide.end && !/^\s*```\s*$/.test(lines[j])) j++
    const code = lines.slice(i + 1, j).join('\n')
    try {
      await (await loadMermaid())(code)
    }
    catch (error) {
      const e = error as { message?: string, hash?: { loc?: { first_line?: number } } }
      const inBlock = e.hash?.loc?.first_line ?? Number(e.message?.match(/on line (\d+)/)?.[1] ?? 1)
      const text = (e.message ?? String(error)).split('\n').filter(l => l.trim())
      const first = [text[0], text.length > 1 ? text.at(-1) : ''].filter(Boolean).join(' ').replace(/ on line \d+/, '')
      report(i + 1 + Math.min(inBlock, j - i - 1), `mermaid : ${first}`)
    }
    i = j
  }
}

function checkComponents(slide: SlideInfo, lines: string[], ctx: Context, report: Report) {
  const region = withoutCode(lines.slice(slide.contentStart, slide.end).join('\n')).replace(/<!--[\s\S]*?-->/g, c => c.replace(/[^\n]/g, ' '))
  for (const { name, index } of findTags(region)) {
    const candidate = name.includes('-') ? pascal(name) : name
    if (ctx.components.has(candidate) || VUE_BUILTINS.has(name) || ICON_PREFIXES.some(p => name.startsWith(`${p}-`)) || (!name.includes('-') && /^[a-z]/.test(name)))
      continue
    const line = slide.contentStart + region.slice(0, index).split('\n').length
    const guess = closestName(candidate, ctx.components)
    report(line, `composant inconnu <${name}> : ni dans components/, ni fourni par Slidev ou le thème${guess ? ` ; vouliez-vous dire <${guess}>\u00A0?` : ''}`)
  }
}

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  let row = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const next = [i]
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1))
    row = next
  }
  return row[y.length]
}

/** The known component a typo most likely meant, if one is close enough. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: { name: string, distance: number } | undefined
  for (const candidate of known) {
    const distance = editDistance(name, candidate)
    if (distance <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || distance < best.distance))
      best = { name: candidate, distance }
  }
  return best?.name
}

/**
 * An unknown component on a slide claims none of its clicks, so every `[click]` of the notes
 * then looks like one too many: those knock-on messages are folded into their cause.
 */
function foldKnockOns(problems: Problem[], first: number) {
  const cause = problems.slice(first).find(p => p.message.startsWith('composant inconnu'))
  if (!cause)
    return
  const knockOns = problems.slice(first).filter(p => /^\[click(?::\d+)?\] dans les notes/.test(p.message))
  if (!knockOns.length)
    return
  for (const k of knockOns)
    problems.splice(problems.indexOf(k), 1)
  cause.message += knockOns.length > 1 ? ` (les ${knockOns.length} marqueurs [click] des notes en dépendent)` : ' (le marqueur [click] des notes en dépend)'
}

const isExternal = (href: string) => /^[a-z][\w+.-]*:/i.test(href)

function checkLinks(slide: SlideInfo, lines: string[], ctx: Context, report: Report) {
  const further = /pour aller plus loin/i.test(slide.title ?? '') || /pour aller plus loin/i.test(slide.content)
  const noteStart = slide.note !== undefined ? lines.findIndex((l, i) => i >= slide.contentStart && i < slide.end && l.includes('<!--') && lines.slice(i, slide.end).join('\n').trim().endsWith('-->') && !lines.slice(i + 1, slide.end).some(x => x.includes('<!--'))) : -1
  const body = withoutCode(lines.slice(slide.contentStart, slide.end).join('\n'))
  const lineAt = (index: number) => slide.contentStart + body.slice(0, index).split('\n').length
  const external = (href: string, line: number) => {
    const inNotes = noteStart >= 0 && line > noteStart
    if (!further && !inNotes && !href.startsWith('mailto:'))
      report(line, `lien externe hors de « Pour aller plus loin » et des notes : ${href}`)
  }
  // Markdown links (images are checkImages' business). Slidev turns those that start with
  // `.`, `/` or `#` into links to a slide of the current deck.
  for (const m of body.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (m[1] === '!')
      continue
    const href = m[2]
    const line = lineAt(m.index)
    if (isExternal(href)) {
      external(href, line)
      continue
    }
    const slideNo = href.match(/^#?\/?(\d+)$/)?.[1]
    if (slideNo) {
      const problem = internalLinkProblem(`#/${slideNo}`, ctx)
      if (problem)
        report(line, problem)
    }
    else {
      report(line, `lien Markdown « ${href} » : Slidev en fait un lien vers une diapositive de ce deck ; vers un autre deck, écrivez <DeckLink slug="…">, vers un fichier, <a href="…">`)
    }
  }
  for (const m of body.matchAll(/<a\s[^>]*\bhref="([^"]+)"/g)) {
    const line = lineAt(m.index)
    if (isExternal(m[1])) {
      external(m[1], line)
      continue
    }
    const problem = internalLinkProblem(m[1], ctx)
    if (problem)
      report(line, problem)
  }
  for (const { name, tag, index } of findTags(body)) {
    if (name !== 'DeckLink')
      continue
    const slug = tag.match(/\bslug="([^"]+)"/)?.[1]
    const slideNo = tag.match(/\bslide="(\d+)"/)?.[1]
    const problem = slug ? internalLinkProblem(`../${slug}/${slideNo ? `#/${slideNo}` : ''}`, ctx) : 'DeckLink sans slug'
    if (problem)
      report(lineAt(index), problem)
    else if (slug && slideNo)
      checkLinkSubject(slug, Number(slideNo), tag.match(/\babout="([^"]*)"/)?.[1], ctx, m => report(lineAt(index), m))
  }
}

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * A link to slide N of another deck names its subject (`about`, a few words of the slide's title):
 * when that deck gains or loses a slide, the link would lead elsewhere without a word.
 */
function checkLinkSubject(slug: string, no: number, about: string | undefined, ctx: Pick<Context, 'slideTitles'>, report: (message: string) => void) {
  const titles = ctx.slideTitles.get(slug) ?? []
  if (about === undefined || !about.trim()) {
    report(`<DeckLink slug="${slug}" :slide="${no}"> : ajoutez about="…", quelques mots du titre visé (« ${titles[no - 1] ?? ''} »), pour que le lien reste juste si le deck change`)
    return
  }
  if (folded(titles[no - 1] ?? '').includes(folded(about)))
    return
  const found = titles.flatMap((t, i) => folded(t).includes(folded(about)) ? [i + 1] : [])
  const where = found.length ? `« ${about} » est à la diapositive ${found.join(', ')}` : `aucune diapositive de ${slug} n’a « ${about} » dans son titre`
  report(`<DeckLink slug="${slug}" :slide="${no}" about="${about}"> : la diapositive ${no} s’intitule « ${titles[no - 1] ?? ''} » ; ${where}`)
}

/** Why an internal link does not resolve, or undefined when it does. */
export function internalLinkProblem(href: string, ctx: Pick<Context, 'slideCounts' | 'publicDirs' | 'file'>): string | undefined {
  const slug = basename(ctx.file, '.md')
  const [path, hash = ''] = href.split('#')
  const slideNo = hash.match(/^\/(\d+)/)?.[1]
  const checkSlide = (deck: string) => {
    if (slideNo && Number(slideNo) > (ctx.slideCounts.get(deck) ?? 0))
      return `lien vers la diapositive ${slideNo} de ${deck}, qui n’en a que ${ctx.slideCounts.get(deck) ?? 0}`
    return undefined
  }
  if (path === '' || path === './')
    return checkSlide(slug)
  const pdf = path.match(/^(?:\.\.\/)+pdf\/([^/]+\.pdf)$/)
  if (pdf)
    return exportedPdfs().has(pdf[1]) ? undefined : `lien vers un PDF que l’export ne produit pas : ${path}`
  if (path === '../' || path === '../index.html')
    return undefined
  const deck = path.match(/^\.\.\/([\w-]+)\/?(?:index\.html)?$/)
  if (deck) {
    if (!ctx.slideCounts.has(deck[1]))
      return `lien vers un deck qui n’existe pas : ${deck[1]}`
    return checkSlide(deck[1])
  }
  if (path.startsWith('/'))
    return `chemin absolu « ${path} » : il casse quand le site est servi sous un sous-chemin ; écrivez « .${path} »`
  const asset = path.replace(/^\.\//, '')
  if (ctx.publicDirs.some(dir => existsSync(resolve(dir, asset))))
    return undefined
  return `lien interne qui ne mène nulle part : ${href}`
}

function checkImages(slide: SlideInfo, lines: string[], ctx: Context, report: Report) {
  for (const image of slide.images ?? []) {
    if (isExternal(image)) {
      report(lineOf(lines, slide.contentStart, slide.end, l => l.includes(image)), `image externe (rien ne doit sortir de la machine) : ${image}`)
      continue
    }
    const found = image.startsWith('/')
      ? ctx.publicDirs.some(dir => existsSync(join(dir, image)))
      : existsSync(resolve(ctx.deckDir, image))
    if (!found)
      report(lineOf(lines, slide.contentStart, slide.end, l => l.includes(image)), `image introuvable : ${image}`)
  }
}

function checkNotes(slide: SlideInfo, lines: string[], report: Report) {
  if (slide.index === 0)
    return
  const separator = slide.start + 1
  if (!slide.note?.trim()) {
    report(separator, `diapositive ${slide.index + 1} sans notes de l’orateur`)
    return
  }
  const clicks = countClicks(slide.content, slide.frontmatter ?? {})
  const noteLine = lineOf(lines, slide.contentStart, slide.end, l => l.includes('<!--'))
  const markers = [...slide.note.matchAll(/\[click(?::(\d+))?\]/g)]
  let sequential = 0
  for (const marker of markers) {
    const at = marker[1] ? Number(marker[1]) : ++sequential
    if (marker[1])
      sequential = at
    if (at > clicks) {
      const offset = slide.note.slice(0, marker.index).split('\n').length - 1
      const line = lineOf(lines, noteLine - 1, slide.end, l => l.includes(marker[0])) || noteLine + offset
      report(line, `${marker[0]} dans les notes, mais la diapositive ${slide.index + 1} n’a que ${clicks} clic${clicks > 1 ? 's' : ''}`)
    }
  }
}

/**
 * Does a slide need a learner explanation? Not the cover (the headmatter slide, `layout: cover`),
 * not a chapter end (`layout: end`), not a section divider (`layout: section`), not a quiz
 * (its <Quiz> explain themselves), and not a slide whose frontmatter says `learner: false`.
 */
export function needsExplanation(slide: Pick<SlideInfo, 'index' | 'frontmatter' | 'content'>): boolean {
  const fm = slide.frontmatter ?? {}
  if (slide.index === 0 || ['cover', 'end', 'section'].includes(String(fm.layout)) || fm.learner === false)
    return false
  return !/<Quiz\b/.test(slide.content)
}

/** The « notes en deux voix » rules: see shared/notes.ts. */
function checkTwoVoices(slide: SlideInfo, lines: string[], report: Report) {
  if (!slide.note?.trim())
    return // already reported by checkNotes, or the cover
  const parsed = parseNotes(slide.note)
  const no = slide.index + 1
  // File line of each block: its first line, searched from the notes' opening comment on.
  let cursor = lineOf(lines, slide.contentStart, slide.end, l => l.includes('<!--')) - 1
  const noteLines = slide.note.split(/\r?\n/)
  const fileLine = (blockLine: number) => {
    const needle = noteLines[blockLine].trim()
    for (let i = cursor; i < slide.end; i++) {
      if (lines[i].includes(needle)) {
        cursor = i
        return i + 1
      }
    }
    return cursor + 1
  }
  for (const block of parsed.blocks) {
    const line = fileLine(block.line)
    if (block.kind === 'unknown-marker') {
      report(line, `marqueur inconnu « ${block.marker} » dans les notes de la diapositive ${no} : seuls « **Sources :** » et « > **Enseignant :** » sont reconnus`)
      continue
    }
    if (block.kind !== 'learner')
      continue
    for (const [k, text] of block.text.split('\n').entries()) {
      for (const d of stageDirections(text))
        report(line + k, `indication de jeu (${d.name} : « ${d.found} ») dans l’explication pour l’apprenant de la diapositive ${no} : déplacez-la dans « > **Enseignant :** »`)
    }
  }
  if (needsExplanation(slide)) {
    const words = countWords(parsed.learner)
    if (words === 0)
      report(slide.start + 1, `diapositive ${no} sans explication pour l’apprenant : ses notes n’ont que ${parsed.teacher ? 'la partie « Enseignant »' : 'des sources'}`)
    else if (words < MIN_LEARNER_WORDS)
      report(fileLine(parsed.blocks.find(b => b.kind === 'learner')!.line), `diapositive ${no} : explication pour l’apprenant trop courte (${words} mots, au moins ${MIN_LEARNER_WORDS})`)
  }
}
