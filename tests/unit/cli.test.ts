// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, findChromium } from '../../node/chromium.ts'
import { duration, forgottenDashes } from '../../node/cli.ts'
import { ROOT } from '../../node/paths.ts'

const only = (...paths: string[]) => (p: string) => paths.includes(p)

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when it exists', () => {
    const found = findChromium({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, candidates: ['/usr/bin/chromium'], exists: only('/opt/c/chrome', '/usr/bin/chromium'), playwright: () => undefined })
    expect(found).toEqual({ path: '/opt/c/chrome', source: 'CHROMIUM_PATH' })
  })
  it('fails on a CHROMIUM_PATH that points nowhere, without falling back', () => {
    const find = () => findChromium({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, candidates: ['/usr/bin/chromium'], exists: only('/usr/bin/chromium'), playwright: () => undefined })
    expect(find).toThrow(ChromiumNotFoundError)
    expect(find).toThrow('CHROMIUM_PATH indique « /nowhere/chrome », qui n’existe pas.')
  })
  it('then takes the first system Chromium that exists', () => {
    const found = findChromium({ env: {}, candidates: ['/a/chromium', '/b/chrome'], exists: only('/b/chrome'), playwright: () => '/pw/chrome' })
    expect(found).toEqual({ path: '/b/chrome', source: 'system' })
  })
  it('then takes Playwright’s own browser', () => {
    const found = findChromium({ env: {}, candidates: ['/a/chromium'], exists: only('/pw/chrome'), playwright: () => '/pw/chrome' })
    expect(found).toEqual({ path: '/pw/chrome', source: 'playwright' })
  })
  it('says how to install one when there is none', () => {
    const find = () => findChromium({ env: {}, candidates: ['/a/chromium'], exists: () => false, playwright: () => '/pw/not-downloaded' })
    expect(find).toThrow(/Aucun navigateur Chromium trouvé\.\nInstallez un navigateur Chromium.*\n.*apt-get install chromium/)
  })
})

describe('npm run chromium', () => {
  it('exits 1 with a short message and no stack trace when CHROMIUM_PATH points nowhere', () => {
    const result = spawnSync(process.execPath, [`${ROOT}scripts/find-chromium.ts`], { env: { ...process.env, CHROMIUM_PATH: '/nowhere/chrome' }, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('CHROMIUM_PATH indique « /nowhere/chrome », qui n’existe pas.')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('npm run dev', () => {
  it('refuses --remote without a password, before starting anything', () => {
    const result = spawnSync(process.execPath, [`${ROOT}scripts/dev.ts`, '02', '--remote'], { encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('--remote ouvre la présentation au réseau : donnez un mot de passe')
  })
  it('refuses an unknown deck and lists the decks', () => {
    const result = spawnSync(process.execPath, [`${ROOT}scripts/dev.ts`, '9'], { encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Deck inconnu : « 9 »')
    expect(result.stderr).toContain('01  01-comprendre-les-runtimes')
  })
})

describe('forgottenDashes', () => {
  it('gives back the command meant when npm kept --remote and passed its password as an argument', () => {
    expect(forgottenDashes('dev', ['02', 'secret'], { npm_config_remote: 'true' })).toBe('npm run dev -- 02 --remote secret')
    expect(forgottenDashes('dev', ['02'], { npm_config_remote: 'secret' })).toBe('npm run dev -- 02 --remote secret')
    expect(forgottenDashes('dev', ['02', '3031'], { npm_config_port: 'true' })).toBe('npm run dev -- 02 --port 3031')
  })
  it('says nothing when the options arrived', () => {
    expect(forgottenDashes('dev', ['02', '--remote', 'secret'], {})).toBeUndefined()
  })
})

describe('npm run dev 02 --remote secret, without --', () => {
  it('prints the right command in French, before starting anything', () => {
    const result = spawnSync(process.execPath, [`${ROOT}scripts/dev.ts`, '02', 'secret'], { env: { ...process.env, npm_config_remote: 'true' }, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('npm a gardé pour lui les options écrites sans « -- » devant. Tapez :\n  npm run dev -- 02 --remote secret')
  })
})

describe('duration', () => {
  it('reads as the summary line of npm test does', () => {
    expect(duration(372_000)).toBe('6 min 12 s')
    expect(duration(48_400)).toBe('48 s')
    expect(duration(540_000)).toBe('9 min 00 s')
  })
})
