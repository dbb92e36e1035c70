// npm start [-- port]: presents the whole module, every link between chapters working.
// Builds dist/ once when it is missing or older than the sources, then serves it on localhost.
// No network is needed: nothing is installed or downloaded here.
import process from 'node:process'
import { fail, run } from '../node/cli.ts'
import { DIST_DIR, ROOT } from '../node/paths.ts'
import { serveStatic } from '../node/serve.ts'
import { whySiteStale } from '../node/site-fresh.ts'

const port = Number(process.argv[2] ?? process.env.PORT ?? 3030)
if (!Number.isInteger(port) || port < 0)
  fail(`Port invalide : « ${process.argv[2]} ». Exemple : « npm start -- 8080 ».`)

const stale = whySiteStale()
if (stale) {
  console.log(`Construction du site (${stale}) : quelques minutes, une seule fois.`)
  if (await run(process.execPath, [`${ROOT}scripts/build.ts`]) !== 0)
    fail('La construction a échoué : voir ci-dessus. Pour corriger un chapitre en direct : « npm run dev -- 02 ».')
}
const { url } = await serveStatic(DIST_DIR, port).catch((error: NodeJS.ErrnoException) =>
  fail(error.code === 'EADDRINUSE' ? `Le port ${port} est déjà pris (un « npm run dev » ?). Essayez « npm start -- 3031 ».` : String(error)))
console.log(`
Le cours est servi sur ${url}/
  un chapitre :        ${url}/02-containerd/
  vue présentateur :   ${url}/02-containerd/#/presenter
Ctrl+C pour arrêter.`)
