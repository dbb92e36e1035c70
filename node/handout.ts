/** The A4 handout: each slide as a picture beside its speaker notes, as real text. */
import { Buffer } from 'node:buffer'
import { escapeHtml } from './html.ts'

export interface HandoutSlide {
  no: number
  title: string
  /** PNG of the slide in its final state. */
  png: Uint8Array
  /** Speaker notes in Markdown, as written in the deck. */
  notes?: string
}

/**
 * Speaker notes (a small Markdown subset) as HTML for readers: paragraphs, **bold**, *italics*,
 * `code`, and click markers turned into a visible « ▶ clic n » that says when the teacher clicks.
 */
export function notesToHtml(notes: string | undefined): string {
  if (!notes?.trim())
    return '<p class="empty">(pas de notes)</p>'
  let click = 0
  return notes.trim().split(/\n\s*\n/).map((paragraph) => {
    const html = escapeHtml(paragraph.replace(/\s*\n\s*/g, ' '))
      .replace(/\[click(?::(\d+))?\]/g, (_, n: string | undefined) => {
        click = n ? Number(n) : click + 1
        return `<span class="click">▶ clic ${click}</span>`
      })
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    return `<p>${html}</p>`
  }).join('\n')
}

/** The handout as one HTML page, laid out for A4 portrait printing, two slides per page. */
export function handoutHtml(deckTitle: string, slides: readonly HandoutSlide[], fontCss: string): string {
  const rows = slides.map(s => `
  <section class="row" data-testid="handout-row">
    <figure><img alt="Diapositive ${s.no} : ${escapeHtml(s.title)}" src="data:image/png;base64,${Buffer.from(s.png).toString('base64')}"><figcaption>${s.no}. ${escapeHtml(s.title)}</figcaption></figure>
    <div class="notes">${notesToHtml(s.notes)}</div>
  </section>`).join('')
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(deckTitle)} : support</title>
<style>
${fontCss}
@page { size: A4 portrait; margin: 16mm 12mm 14mm; }
body { font-family: "Nunito Sans", sans-serif; font-size: 9pt; line-height: 1.35; color: #111827; margin: 0; }
.row { display: grid; grid-template-columns: 118mm 1fr; gap: 5mm; padding: 4mm 0; border-bottom: 0.3mm solid #d1d5db; break-inside: avoid; min-height: 124mm; box-sizing: border-box; }
figure { margin: 0; }
img { width: 118mm; border: 0.3mm solid #9ca3af; display: block; }
figcaption { font-size: 8pt; color: #374151; margin-top: 1mm; }
.notes p { margin: 0 0 1.5mm; }
.notes .empty { color: #6b7280; }
.click { font-weight: 700; color: #1d4ea8; white-space: nowrap; }
code { font-family: "Fira Code", monospace; font-size: 8.5pt; }
</style></head>
<body>${rows}
</body></html>`
}
