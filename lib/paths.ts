import { fileURLToPath } from 'node:url'

/** Absolute paths of the repository, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const SLIDES_DIR = `${ROOT}slides`
export const DIST_DIR = `${ROOT}dist`
export const SLIDEV_BIN = `${ROOT}node_modules/@slidev/cli/bin/slidev.mjs`

export const deckFile = (slug: string) => `${SLIDES_DIR}/${slug}.md`
