// npm test: the whole suite, quietly, ending with one French line: tests run, passed, time taken.
// Steps: ESLint, vue-tsc, unit tests, the build of the site, end-to-end tests. A step's output is
// shown only when it fails; a failed step stops the run, as `a && b` would.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import process from 'node:process'
import { duration, run } from '../node/cli.ts'
import { ROOT } from '../node/paths.ts'

const started = Date.now()
const bin = (name: string) => `${ROOT}node_modules/.bin/${name}`
const out = `${ROOT}tests/.output`
mkdirSync(out, { recursive: true })

interface VitestReport {
  numTotalTests: number
  numPassedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { name: string, assertionResults: { fullName: string, status: string, failureMessages: string[] }[] }[]
}

let total = 0
let passed = 0
let skipped = 0

function summary(failed?: string): never {
  // Skipped: the checks that need what only a full `npm run export` writes (the complete PDF).
  const line = `${total} tests, ${passed} réussis${skipped ? `, ${skipped} non lancés (ils attendent un export complet)` : ''}, en ${duration(Date.now() - started)}`
  console.log(failed ? `\n✗ ${failed} : ${line}` : `\n${line}`)
  process.exit(failed ? 1 : 0)
}

async function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  process.stdout.write(`${label}… `)
  const t = Date.now()
  const code = await run(command, args, { quiet: true, env: { ...process.env, ...env } })
  console.log(code === 0 ? `✓ (${duration(Date.now() - t)})` : '✗')
  return code
}

async function vitest(label: string, project: string) {
  const report = `${out}/vitest-${project}.json`
  rmSync(report, { force: true })
  const code = await step(label, bin('vitest'), ['run', '--project', project, '--reporter=json', `--outputFile=${report}`])
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8')) as VitestReport
    total += result.numTotalTests
    passed += result.numPassedTests
    skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0)
    for (const file of result.testResults) {
      for (const test of file.assertionResults.filter(a => a.status === 'failed'))
        console.error(`\n✗ ${file.name.replace(ROOT, '')} › ${test.fullName}\n${test.failureMessages.join('\n').split('\n').slice(0, 12).join('\n')}`)
    }
  }
  if (code !== 0)
    summary(`échec des tests ${project === 'unit' ? 'unitaires' : 'de bout en bout'}`)
}

if (await step('ESLint', bin('eslint'), ['.']) !== 0)
  summary('échec d’ESLint (npm run lint pour le détail)')
if (await step('vue-tsc', bin('vue-tsc'), ['--noEmit']) !== 0)
  summary('échec de vue-tsc (npm run typecheck pour le détail)')
await vitest('Tests unitaires', 'unit')
if (await step('Construction du site', process.execPath, [`${ROOT}scripts/build.ts`]) !== 0)
  summary('échec de la construction (npm run build pour le détail)')
await vitest('Tests de bout en bout', 'e2e')
summary()
