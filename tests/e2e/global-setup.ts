import type { TestProject } from 'vitest/node'
import { existsSync } from 'node:fs'
import { DECKS } from '../../lib/course.ts'
import { DIST_DIR } from '../../lib/paths.ts'
import { serveStatic } from '../../lib/serve.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
  }
}

/** Serves the built site (npm test builds it first) on a free localhost port. */
export default async function setup(project: TestProject) {
  const missing = ['index.html', ...DECKS.map(d => `${d.slug}/index.html`)].filter(f => !existsSync(`${DIST_DIR}/${f}`))
  if (missing.length)
    throw new Error(`Le site n’est pas construit (manque : ${missing.join(', ')}). Lancez « npm run build », ou « npm test » qui le fait.`)
  const server = await serveStatic(DIST_DIR)
  project.provide('siteUrl', server.url)
  return () => server.close()
}
