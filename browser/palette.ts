import { paletteProperties } from '../shared/palette.ts'

/** Puts the palette's custom properties on the document, once, before the first slide is drawn. */
export function applyPalette(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(paletteProperties()))
    root.style.setProperty(name, value)
}
