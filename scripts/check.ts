// npm run check [-- [--notes|--no-notes] n|slug|file.md ...]: checks every deck (or those named) and prints each
// problem as slides/<file>.md:<line>: <message>. Exits 1 when there is at least one.
// --notes applies the « notes en deux voix » rules before NOTES_RULES (node/check.ts) turns them on for all.
import { existsSync } from 'node:fs'
import process from 'node:process'
import { checkAndReport } from '../node/check.ts'
import { decksFromArgs } from '../node/cli.ts'
import { deckFile } from '../node/paths.ts'

const all = process.argv.slice(2)
const notes = all.includes('--notes') ? true : all.includes('--no-notes') ? false : undefined
const args = all.filter(a => a !== '--notes' && a !== '--no-notes')
const paths = args.length && args.every(a => a.endsWith('.md') && existsSync(a))
  ? args
  : decksFromArgs(args).map(d => deckFile(d.slug))
process.exitCode = (await checkAndReport(paths, { notes })) ? 1 : 0
