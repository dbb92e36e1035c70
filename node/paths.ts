import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** Absolute paths of the repository, whatever the working directory. ROOT ends with `/`. */
export const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '..')}/`
/** The decks' folder; tests point it elsewhere to feed the build a broken deck. */
export const SLIDES_DIR = process.env.COURSE_SLIDES_DIR ?? `${ROOT}slides`
/** The built site; tests point it at a copy to break it on purpose. */
export const DIST_DIR = process.env.COURSE_DIST_DIR ?? `${ROOT}dist`
export const SLIDEV_BIN = `${ROOT}node_modules/@slidev/cli/bin/slidev.mjs`

export const deckFile = (slug: string) => `${SLIDES_DIR}/${slug}.md`
