import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute paths of the repository, whatever the working directory. ROOT ends with `/`. */
export const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '..')}/`
export const SLIDES_DIR = `${ROOT}slides`
export const DIST_DIR = `${ROOT}dist`
export const SLIDEV_BIN = `${ROOT}node_modules/@slidev/cli/bin/slidev.mjs`

export const deckFile = (slug: string) => `${SLIDES_DIR}/${slug}.md`
