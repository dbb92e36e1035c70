// npm run preview [-- port]: serves dist/ on localhost, as any static host would.
import { existsSync } from 'node:fs'
import process from 'node:process'
import { fail } from '../node/cli.ts'
import { DIST_DIR } from '../node/paths.ts'
import { serveStatic } from '../node/serve.ts'

if (!existsSync(`${DIST_DIR}/index.html`))
  fail('dist/ est vide : lancez d’abord « npm run build ».')
const port = Number(process.argv[2] ?? process.env.PORT ?? 4173)
const { url } = await serveStatic(DIST_DIR, port)
console.log(`Cours servi sur ${url}/  (Ctrl+C pour arrêter)`)
