// @vitest-environment node
import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../node/paths.ts'

const fixture = readFileSync(`${ROOT}tests/fixtures/layout/imports-node.ts`, 'utf8')

async function restricted(filePath: string) {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(fixture, { filePath: `${ROOT}${filePath}` })
  return result.messages.filter(m => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map(m => ({ line: m.line, rule: m.ruleId }))
}

describe('layout guard', () => {
  it.each(['browser/imports-node.ts', 'shared/imports-node.ts', 'components/imports-node.ts'])('refuses Node imports in %s, each at its line', async (path) => {
    expect(await restricted(path)).toEqual([
      { line: 2, rule: 'no-restricted-imports' },
      { line: 3, rule: 'no-restricted-imports' },
      { line: 4, rule: 'no-restricted-imports' },
      { line: 7, rule: 'no-restricted-syntax' },
    ])
  }, 60_000)

  it('lets the Node side import them', async () => {
    expect(await restricted('node/imports-node.ts')).toEqual([])
  }, 60_000)

  it('refuses an async predicate in waitForFunction, which would end the wait at once', async () => {
    const code = readFileSync(`${ROOT}tests/fixtures/layout/async-wait.ts`, 'utf8')
    const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: `${ROOT}node/async-wait.ts` })
    expect(result.messages.filter(m => m.ruleId === 'no-restricted-syntax').map(m => m.line)).toEqual([5, 6])
  }, 60_000)
})
