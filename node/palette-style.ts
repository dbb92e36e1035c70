import type { Plugin } from 'vite'
import { paletteCss } from '../shared/palette.ts'

/**
 * The course palette as a stylesheet in the head of every deck's page, first, so that no script
 * has to run before a diagram has its colours (it used to be set on <html> at start-up).
 */
export function paletteStyle(): Plugin {
  return {
    name: 'course:palette-style',
    transformIndexHtml: () => [{ tag: 'style', attrs: { 'data-course': 'palette' }, children: paletteCss(), injectTo: 'head-prepend' }],
  }
}
