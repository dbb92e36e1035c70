import type { TestProject } from 'vitest/node'
import { DIST_DIR } from '../../node/paths.ts'
import { serveStatic } from '../../node/serve.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
  }
}

/** Serves dist/ (npm test builds it first) on a free localhost port, as a plain static host. */
export default async function setup(project: TestProject) {
  const server = await serveStatic(DIST_DIR)
  project.provide('siteUrl', server.url)
  return () => server.close()
}
