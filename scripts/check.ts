// npm run check [-- n|slug|file.md ...]: checks every deck (or those named) and prints each problem as
// slides/<file>.md:<line>: <message>. Exits 1 when there is at least one.
import { existsSync } from 'node:fs'
import process from 'node:process'
import { checkAndReport } from '../node/check.ts'
import { decksFromArgs } from '../node/cli.ts'
import { deckFile } from '../node/paths.ts'

const args = process.argv.slice(2)
const paths = args.length && args.every(a => a.endsWith('.md') && existsSync(a))
  ? args
  : decksFromArgs(args).map(d => deckFile(d.slug))
process.exitCode = (await checkAndReport(paths)) ? 1 : 0
