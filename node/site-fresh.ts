import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DECKS } from '../shared/course.ts'
import { DIST_DIR, ROOT, SLIDES_DIR } from './paths.ts'

/** What the built site is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['components', 'browser', 'shared', 'setup', 'styles', 'public', 'layouts', 'vite.config.ts', 'slide-bottom.vue', 'global-bottom.vue', 'package-lock.json']

function newest(path: string): number {
  if (!existsSync(path))
    return 0
  const stat = statSync(path)
  if (!stat.isDirectory())
    return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map(name => newest(join(path, name))))
}

/**
 * Why dist/ cannot be served as it is (a deck missing, or a source newer than the build),
 * or undefined when it is complete and up to date.
 */
export function whySiteStale(dist = DIST_DIR): string | undefined {
  const missing = DECKS.filter(d => !existsSync(`${dist}/${d.slug}/index.html`))
  if (!existsSync(`${dist}/index.html`) || missing.length)
    return missing.length ? `chapitres non construits : ${missing.map(d => d.slug).join(', ')}` : 'accueil non construit'
  const built = Math.min(...DECKS.map(d => statSync(`${dist}/${d.slug}/index.html`).mtimeMs))
  const changed = [SLIDES_DIR, ...SOURCES.map(s => `${ROOT}${s}`)].find(p => newest(p) > built)
  return changed ? `${changed.replace(ROOT, '')} modifié depuis la dernière construction` : undefined
}
