import { existsSync } from 'node:fs'
import { DIST_DIR } from '../../../node/paths.ts'
import { DECKS } from '../../../shared/course.ts'

/** Fails with a clear message when the course site has not been built. */
export function assertSiteBuilt(): void {
  const missing = ['index.html', ...DECKS.map(d => `${d.slug}/index.html`)].filter(f => !existsSync(`${DIST_DIR}/${f}`))
  if (missing.length)
    throw new Error(`Le site n’est pas construit (manque : ${missing.join(', ')}). Lancez « npm run build », ou « npm test » qui le fait.`)
}
