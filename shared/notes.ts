// In shared/: the checker reads notes with it, and every learner output (reading pages, handout) prints them
// with it; no Node import, so the slides could use it too.
/**
 * Speaker notes in two voices (see README, « Notes en deux voix »):
 *
 *   The learner's explanation, in paragraphs. [click] markers may follow the clicks.
 *
 *   **Sources :** containerd v2.3.4 `internal/cri/server/container_start.go`
 *
 *   > **Enseignant :** what only the teacher needs: questions for the room, timing, click cues.
 *
 * Nothing else is a marker: any other blockquote, or a paragraph opening on a bold label, is refused by the checker.
 */

/** One block of the notes, with its first line (0-based, from the notes' first line). */
export interface NoteBlock {
  kind: 'learner' | 'sources' | 'teacher' | 'unknown-marker'
  text: string
  line: number
  /** For an unknown marker: the marker as written. */
  marker?: string
}

export interface ParsedNotes {
  blocks: NoteBlock[]
  /** The learner's explanation, paragraphs joined by a blank line, click markers kept. */
  learner: string
  sources: string
  teacher: string
}

const SP = '\\s*' // \s covers the no-break spaces of French typography
const SOURCES = new RegExp(`^\\*\\*Sources${SP}:${SP}\\*\\*`)
const TEACHER = new RegExp(`^>${SP}\\*\\*Enseignant${SP}:${SP}\\*\\*`)
/** A paragraph that opens on a label: `**Transition :**`, `**Note** :`, `Sources :`, `Enseignant :`. */
const LABEL = new RegExp(`^(\\*\\*[^*\\n]{1,40}?${SP}:${SP}\\*\\*|\\*\\*[^*\\n]{1,40}\\*\\*${SP}:|(?:Sources?|Enseignant|Prof(?:esseur)?|Formateur|Note)${SP}:)`, 'i')

/** Splits notes into the learner's paragraphs, the sources and the teacher's blockquote. */
export function parseNotes(notes: string | undefined): ParsedNotes {
  const lines = (notes ?? '').split(/\r?\n/)
  const blocks: NoteBlock[] = []
  let i = 0
  while (i < lines.length) {
    if (!lines[i].trim()) {
      i++
      continue
    }
    const start = i
    const quote = lines[i].trimStart().startsWith('>')
    // A blockquote runs while lines start with `>`; a paragraph, until a blank line or a blockquote.
    const sameBlock = (line: string) => line.trim() !== '' && line.trimStart().startsWith('>') === quote
    while (i < lines.length && sameBlock(lines[i]))
      i++
    const raw = lines.slice(start, i).map(l => l.trim())
    if (quote) {
      const text = raw.map(l => l.replace(/^>\s?/, '')).join('\n').trim()
      if (TEACHER.test(raw[0]))
        blocks.push({ kind: 'teacher', text: text.replace(new RegExp(`^\\*\\*Enseignant${SP}:${SP}\\*\\*${SP}`), ''), line: start })
      else
        blocks.push({ kind: 'unknown-marker', text, line: start, marker: raw[0].match(/^>\s*\*\*[^*]{1,40}\*\*(?:\s*:)?/)?.[0] ?? raw[0].slice(0, 30) })
      continue
    }
    const text = raw.join('\n')
    if (SOURCES.test(text))
      blocks.push({ kind: 'sources', text: text.replace(SOURCES, '').trim(), line: start })
    else if (LABEL.test(text))
      blocks.push({ kind: 'unknown-marker', text, line: start, marker: text.match(LABEL)![0] })
    else
      blocks.push({ kind: 'learner', text, line: start })
  }
  const join = (kind: NoteBlock['kind']) => blocks.filter(b => b.kind === kind).map(b => b.text).join('\n\n')
  return { blocks, learner: join('learner'), sources: join('sources'), teacher: join('teacher') }
}

/** Words of learner text, click markers and Markdown punctuation left out. */
export function countWords(text: string): number {
  return text.replace(/\[click(?::\d+)?\]/g, ' ').split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * What only a teacher says: a move in the room, a click cue, a timing. Each entry names what it
 * catches, for the checker's message. Learner text is read alone, by someone who never heard the teacher.
 */
export const STAGE_DIRECTIONS: readonly { name: string, pattern: RegExp }[] = [
  { name: 'consigne à l’enseignant', pattern: /(?<!\p{L})(?:demandez|laissez|montrez|pointez|insistez|cliquez|interrogez|sondez|invitez|faites (?:lever|reformuler|deviner|voter|remarquer))(?!\p{L})/iu },
  { name: 'repère de clic', pattern: /▶|(?<!\p{L})clics?\s*(?:n°\s*)?\d+/iu },
  { name: 'le public de la séance', pattern: /(?<!\p{L})(?:la salle|au groupe|(?:le|du) groupe(?!\s+d[eu’'])|les participants|aux participants|les stagiaires|l’auditoire|l'auditoire)(?!\p{L})/iu },
  { name: 'minutage', pattern: /(?<!\p{L})(?:\d+|une|deux|trois|quatre|cinq|dix|quinze|quelques)\s*(?:minutes?|min)(?!\p{L})(?!\s+ago\b)/iu },
]

/** The stage directions found in a learner text, with the words that gave them away. */
export function stageDirections(text: string): { name: string, found: string }[] {
  return STAGE_DIRECTIONS.flatMap(({ name, pattern }) => {
    const m = text.match(pattern)
    return m ? [{ name, found: m[0] }] : []
  })
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A small Markdown subset as inline HTML: `code`, **bold**, *italics*, [links](https://…). */
function inline(text: string): string {
  const codes: string[] = []
  return escape(text.replace(/\s*\n\s*/g, ' '))
    .replace(/`([^`]+)`/g, (_, c: string) => `\u0000${codes.push(c) - 1}\u0000`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(«])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/(^|[\s(])(https?:\/\/[^\s<)]+[^\s<).,;:!?])/g, '$1<a href="$2">$2</a>')
    .replace(/\0(\d+)\0/g, (_, n: string) => `<code>${codes[Number(n)]}</code>`)
}

/**
 * The learner's side of a slide's notes, as HTML: the explanation in paragraphs, then the sources
 * in a smaller paragraph. The teacher's blockquote and Slidev's [click] markers are left out.
 * Empty when the notes hold no explanation and no source.
 */
export function learnerHtml(notes: string | undefined): string {
  const parsed = parseNotes(notes)
  const paragraphs = parsed.blocks.filter(b => b.kind === 'learner')
    .map(b => b.text.replace(/\s*\[click(?::\d+)?\]\s*/g, ' ').trim())
    .filter(Boolean)
    .map(t => `<p>${inline(t)}</p>`)
  if (parsed.sources)
    paragraphs.push(`<p class="sources"><strong>Sources\u00A0:</strong> ${inline(parsed.sources)}</p>`)
  return paragraphs.join('\n')
}
