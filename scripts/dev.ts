// npm run dev -- [n|slug] [slidev options]: presents one deck with hot reload (the overview by default).
import { decksFromArgs, run } from '../lib/cli.ts'
import { deckFile, SLIDEV_BIN } from '../lib/paths.ts'

const [query, ...rest] = process.argv.slice(2)
const [deck] = decksFromArgs(query && !query.startsWith('-') ? [query] : ['0'])
const slidevArgs = query?.startsWith('-') ? [query, ...rest] : rest
process.exitCode = await run(process.execPath, [SLIDEV_BIN, deckFile(deck.slug), ...slidevArgs])
