import { rmSync } from 'node:fs'
import process from 'node:process'
import { run } from '../../../node/cli.ts'
import { ROOT, SLIDEV_BIN } from '../../../node/paths.ts'

/** Where fixture decks are built, one folder per deck, to be served as a site. */
export const FIXTURE_SITE = `${ROOT}tests/.output/site`

/** Builds `tests/fixtures/<name>.md` into FIXTURE_SITE/<name>/ with its own base. */
export async function buildFixture(name: string): Promise<void> {
  const out = `${FIXTURE_SITE}/${name}`
  rmSync(out, { recursive: true, force: true })
  const code = await run(process.execPath, [SLIDEV_BIN, 'build', `${ROOT}tests/fixtures/${name}.md`, '--base', `/${name}/`, '--out', out], { quiet: true })
  if (code !== 0)
    throw new Error(`La construction de tests/fixtures/${name}.md a échoué (code ${code}).`)
}
