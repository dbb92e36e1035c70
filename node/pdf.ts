import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import * as pdfLib from 'pdf-lib'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'

export interface OutlineEntry {
  /** 1-based page the bookmark opens. */
  page: number
  title: string
  /** 1 for a top-level bookmark, 2 for one nested under the previous level-1 entry. */
  level?: number
}

/** What the export writes beside a deck's PDFs (dist/pdf/<slug>.json), for tests and the course home. */
export interface DeckManifest {
  slug: string
  title: string
  /** Per slide: its title, its clicks, and where its diagrams are, in fractions of the slide. */
  slides: { no: number, title: string, clicks: number, diagrams: { x: number, y: number, w: number, h: number }[] }[]
  pages: { slides: number, steps: number, handout: number }
}

export interface PdfMetadata {
  title: string
  author: string
  subject?: string
  language: string
}

/** The outline-pdf line format: `page|dashes for the level|title`; `|` cannot appear in a title. */
export function outlineText(entries: readonly OutlineEntry[]): string {
  return entries.map(e => `${e.page}|${'-'.repeat((e.level ?? 1) - 1)}|${e.title.replace(/\|/g, '/').replace(/\s+/g, ' ').trim()}`).join('\n')
}

/** Adds bookmarks (the PDF outline) and the document's metadata. */
export async function finishPdf(doc: PDFDocument, outline: readonly OutlineEntry[], meta: PdfMetadata): Promise<Uint8Array> {
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setLanguage(meta.language)
  if (meta.subject)
    doc.setSubject(meta.subject)
  doc.setCreator('Runtimes & CRI (npm run export)')
  const withOutline = outline.length ? await outlinePdfFactory(pdfLib)({ outline: outlineText(outline), pdf: doc }) : doc
  return withOutline.save()
}

export class PdfCheckError extends Error {
  override name = 'PdfCheckError'
}

/**
 * Writes a PDF without ever losing a good one: to a temporary file first, which is
 * re-read and checked (it parses, it has the expected number of pages, it keeps its structure tree),
 * then renamed. Every PDF of the course is tagged: pages copied between documents would lose the
 * tree (pitfall 13), so the check refuses such a file rather than publish it.
 */
export async function writePdfSafely(path: string, bytes: Uint8Array, expectedPages: number): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  try {
    writeFileSync(tmp, bytes)
    const check = await PDFDocument.load(bytes)
    if (check.getPageCount() !== expectedPages)
      throw new PdfCheckError(`${path} : ${check.getPageCount()} pages au lieu de ${expectedPages}`)
    if (!check.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict))
      throw new PdfCheckError(`${path} : PDF non balisé (pas d’arbre de structure)`)
    renameSync(tmp, path)
  }
  finally {
    if (existsSync(tmp))
      rmSync(tmp)
  }
}
