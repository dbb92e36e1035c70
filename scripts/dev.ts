// npm run dev -- [n|slug] [slidev options]: presents one deck with hot reload (the overview by default).
// The server listens on localhost only; `--remote <password>` opens it to the network, never without one.
import { spawn } from 'node:child_process'
import process from 'node:process'
import { createInterface } from 'node:readline'
import { checkAndReport } from '../node/check.ts'
import { decksFromArgs, fail, forgottenDashes, run } from '../node/cli.ts'
import { deckFile, SLIDEV_BIN } from '../node/paths.ts'
import { remotePassword, tabletUrl } from '../node/remote-guard.ts'

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
const password = remotePassword(slidevArgs)
if (!password) {
  process.exitCode = await run(process.execPath, [SLIDEV_BIN, deckFile(deck.slug), ...slidevArgs])
}
else {
  // Slidev's « remote control » address puts the password where the server never sees it, with a
  // trailing `/`: print the tablet address that node/remote-guard.ts lets in instead.
  const child = spawn(process.execPath, [SLIDEV_BIN, deckFile(deck.slug), ...slidevArgs], { stdio: ['inherit', 'pipe', 'inherit'] })
  createInterface({ input: child.stdout }).on('line', (line) => {
    const origin = line.match(/(?:remote control|private slide show).*?(http:\/\/[^/\s]+)/)?.[1]
    if (!origin)
      return console.log(line)
    if (/localhost/.test(origin))
      return
    console.log(`  tablette (vue présentateur) > ${tabletUrl(origin, password)}`)
  })
  console.log('Réseau local ouvert. Sans le mot de passe dans l’adresse, un appareil de la salle ne voit ni les notes, ni la vue présentateur, ni les fichiers du deck, et ne pilote rien.')
  process.exitCode = await new Promise<number>(resolve => child.on('exit', code => resolve(code ?? 1)))
}
