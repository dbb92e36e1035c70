import process from 'node:process'
import { checkAndReport } from '../node/check.ts'
// npm run dev -- [n|slug] [slidev options]: presents one deck with hot reload (the overview by default).
// The server listens on localhost only; `--remote <password>` opens it to the network, never without one.
import { decksFromArgs, fail, forgottenDashes, run } from '../node/cli.ts'
import { deckFile, SLIDEV_BIN } from '../node/paths.ts'

const meant = forgottenDashes('dev', process.argv.slice(2))
if (meant)
  fail(`npm a gardé pour lui les options écrites sans « -- » devant. Tapez :\n  ${meant}`)
const [query, ...rest] = process.argv.slice(2)
const [deck] = decksFromArgs(query && !query.startsWith('-') ? [query] : ['0'])
const slidevArgs = query?.startsWith('-') ? [query, ...rest] : rest

const remote = slidevArgs.findIndex(a => a === '--remote' || a.startsWith('--remote='))
if (remote >= 0) {
  const value = slidevArgs[remote].includes('=') ? slidevArgs[remote].split('=')[1] : slidevArgs[remote + 1]
  if (!value || value.startsWith('-'))
    fail('--remote ouvre la présentation au réseau : donnez un mot de passe, par exemple « npm run dev -- 02 --remote mon-secret ».')
}
if (slidevArgs.includes('--tunnel'))
  fail('--tunnel publierait la présentation sur Internet : non pris en charge pour ce cours.')

// Problems are shown, not fatal: the teacher is editing and hot reload will follow.
await checkAndReport([deckFile(deck.slug)])
process.exitCode = await run(process.execPath, [SLIDEV_BIN, deckFile(deck.slug), ...slidevArgs])
