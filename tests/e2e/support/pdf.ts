import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

/** Text of page `page` (1-based), by poppler's pdftotext. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
}

/** Page sizes in PostScript points, by pdfinfo. */
export function pageSizes(file: string): { width: number, height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' })
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(m => ({ width: Number(m[1]), height: Number(m[2]) }))
}

/** Share of dark pixels (value < 160 of 255) inside a box given in fractions of the page, by pdftoppm. */
export function inkIn(file: string, page: number, box: { x: number, y: number, w: number, h: number }): number {
  const dir = mkdtempSync(`${tmpdir()}/ink-`)
  try {
    execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, `${dir}/p`])
    const pgm = readFileSync(`${dir}/p.pgm`)
    const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!
    const [width, height] = [Number(header[1]), Number(header[2])]
    const pixels = pgm.subarray(header[0].length)
    const [x0, y0] = [Math.floor(box.x * width), Math.floor(box.y * height)]
    const [x1, y1] = [Math.ceil((box.x + box.w) * width), Math.ceil((box.y + box.h) * height)]
    let dark = 0
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++)
        dark += pixels[y * width + x] < 160 ? 1 : 0
    }
    return dark / Math.max(1, (x1 - x0) * (y1 - y0))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Titles of the PDF's top-level and nested bookmarks, in order; `depth` 1 for the top level only. */
export async function outlineTitles(file: string, depth = Infinity): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file))
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  const walk = (item: PDFDict | undefined, level: number) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString)
        titles.push(title.decodeText())
      if (level < depth)
        walk(node.lookupMaybe(PDFName.of('First'), PDFDict), level + 1)
    }
  }
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 1)
  return titles
}

export async function metadata(file: string): Promise<{ title?: string, author?: string, language?: string, pages: number }> {
  const doc = await PDFDocument.load(readFileSync(file))
  const lang = doc.catalog.lookup(PDFName.of('Lang'))
  return { title: doc.getTitle(), author: doc.getAuthor(), language: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined, pages: doc.getPageCount() }
}
