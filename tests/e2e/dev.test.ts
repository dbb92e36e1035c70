// `npm run dev` as a teacher uses it: links between chapters, the live checker, the remote password.
import type { Browser } from 'playwright-chromium'
import type { DevServer } from './support/dev.ts'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { parseSync } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../node/browser.ts'
import { deckFile, ROOT } from '../../node/paths.ts'
import { startDev } from './support/dev.ts'

let browser: Browser
const dists: string[] = []

/** A dist/ folder of its own: empty, or with chapters that look built. */
function fakeDist(built: string[]): string {
  const dir = mkdtempSync(`${tmpdir()}/course-dist-`)
  dists.push(dir)
  for (const slug of built) {
    mkdirSync(`${dir}/${slug}`)
    writeFileSync(`${dir}/${slug}/index.html`, `<!doctype html><title>${slug}</title><h1 data-testid="built-deck">${slug}</h1>`)
  }
  return dir
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  for (const dir of dists)
    rmSync(dir, { recursive: true, force: true })
})

describe('npm run dev: links between chapters', () => {
  let dev: DevServer | undefined
  afterAll(async () => {
    await dev?.stop()
  })

  it('a chapter link shows the French notice with the command, or lands on the built chapter', async () => {
    dev = await startDev(['01'], { COURSE_DIST_DIR: fakeDist(['02-containerd']) })
    const page = await browser.newPage()
    await page.goto(`${dev.url}/#/1`)
    const nav = page.locator('[data-slidev-no="1"] [data-testid=chapter-nav]')
    // Vite compiles the deck on this first visit: on 2 busy cores that alone can take half a minute.
    await nav.waitFor({ timeout: 120_000 })
    // Built: the next chapter is served from dist/.
    await nav.locator('[data-testid=nav-next]').click()
    await page.waitForURL(`${dev.url}/02-containerd/`)
    expect(await page.textContent('[data-testid=built-deck]')).toBe('02-containerd')
    // Not built: a French page says which command presents the whole module.
    await page.goto(`${dev.url}/#/1`)
    await nav.locator('[data-testid=nav-previous]').click()
    await page.waitForURL(`${dev.url}/00-runtimes-et-cri/`)
    const notice = await page.textContent('[data-testid=dev-link-notice]')
    expect(notice).toContain('n’est pas servi par npm run dev')
    expect(notice).toContain('npm start')
    expect(notice).toContain('npm run dev -- 00')
    // The course home, and the deck itself.
    await page.goto(`${dev.url}/#/1`)
    await nav.locator('[data-testid=nav-home]').click()
    await page.waitForURL(`${dev.url}/_cours/`)
    expect(await page.textContent('[data-testid=dev-link-notice]')).toContain('L’accueil du cours')
    const self = await page.request.get(`${dev.url}/01-comprendre-les-runtimes/`, { maxRedirects: 0 })
    expect(self.status()).toBe(302)
    expect(self.headers().location).toBe('/')
    await page.close()
  })
})

describe('npm run dev: the checker runs live', () => {
  const slides = `${ROOT}tests/.output/live-slides`
  const slug = '01-comprendre-les-runtimes'
  const copy = `${slides}/${slug}.md`
  const shown = `tests/.output/live-slides/${slug}.md`
  let dev: DevServer | undefined
  afterAll(async () => {
    await dev?.stop()
    rmSync(slides, { recursive: true, force: true })
  })

  it('each save of a deck prints the French file:line messages in the terminal and shows them on the slide', async () => {
    mkdirSync(slides, { recursive: true })
    // `addons: ['./']` is resolved from the folder above the deck's: two levels deeper, it becomes '../../'.
    const original = readFileSync(deckFile(slug), 'utf8').replace(/^addons: \['\.\/'\]$/m, 'addons: [\'../../\']')
    writeFileSync(copy, original)
    dev = await startDev(['01'], { COURSE_SLIDES_DIR: slides })
    const page = await browser.newPage()
    await page.goto(`${dev.url}/#/1`)
    await page.waitForSelector('[data-slidev-no="1"]')

    const base = original.trimEnd().split('\n').length
    const added = [
      '',
      '---',
      '',
      '# Une faute de frappe',
      '',
      '<DiagramFlw :nodes="[{ id: \'a\', label: \'A\' }]" />',
      '',
      '<!--',
      'Le schéma apparaît. [click] Puis A. Ce texte explique la diapositive à un lecteur seul, en phrases complètes, assez longues pour que le vérificateur des notes en deux voix n’y trouve rien à redire.',
      '-->',
      '',
      '---',
      '',
      '# Un schéma cassé',
      '',
      '```mermaid',
      'graph LR',
      '  A --> B',
      '  B -->',
      '```',
      '',
      '<!--',
      'Un schéma dont la dernière flèche ne mène nulle part : mermaid refuse de le dessiner. Ce texte explique la diapositive à un lecteur seul, en phrases complètes, assez longues pour que le vérificateur des notes en deux voix n’y trouve rien à redire.',
      '-->',
      '',
      '---',
      '',
      '# Un clic de trop',
      '',
      '<p v-click>Un</p>',
      '',
      '<!--',
      'Au début, rien. [click] Un. [click] Deux ? Ce texte explique la diapositive à un lecteur seul, en phrases complètes, assez longues pour que le vérificateur des notes en deux voix n’y trouve rien à redire.',
      '-->',
    ]
    const lineOf = (text: string) => base + added.indexOf(text) + 1
    writeFileSync(copy, `${original.trimEnd()}\n${added.join('\n')}\n`)

    const expected = [
      `${shown}:${lineOf('<DiagramFlw :nodes="[{ id: \'a\', label: \'A\' }]" />')}: composant inconnu <DiagramFlw> : ni dans components/, ni fourni par Slidev ou le thème ; vouliez-vous dire <DiagramFlow>\u00A0? (le marqueur [click] des notes en dépend)`,
      `${shown}:${lineOf('  B -->')}: mermaid : `,
      `${shown}:${lineOf('Au début, rien. [click] Un. [click] Deux ? Ce texte explique la diapositive à un lecteur seul, en phrases complètes, assez longues pour que le vérificateur des notes en deux voix n’y trouve rien à redire.')}: [click] dans les notes, mais la diapositive`,
    ]
    for (const message of expected)
      await dev.waitForOutput(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    const box = page.locator('[data-testid=live-check]')
    await box.waitFor()
    await page.waitForFunction(n => document.querySelectorAll('[data-testid=live-check] li').length === n, expected.length)
    const items = await box.locator('li').allTextContents()
    expected.forEach((message, i) => expect(items[i]).toContain(message))
    expect(await box.textContent()).toContain('Vérification du deck : 3 problèmes')

    // Fixed: the terminal says so, and the box goes.
    writeFileSync(copy, original)
    await dev.waitForOutput(/✓ tests\/\.output\/live-slides\/01-comprendre-les-runtimes\.md : plus aucun problème/)
    await box.waitFor({ state: 'detached' })
    await page.close()
  })
})

describe('npm run dev -- 02 --remote <mot de passe>', () => {
  const password = 'mon-secret'
  let dev: DevServer | undefined
  afterAll(async () => {
    await dev?.stop()
  })

  it('a machine of the room without the password gets neither the password, nor the notes, nor the raw deck, nor the presenter view; the printed tablet address works', async () => {
    // The guard treats 127.0.0.1 as a machine of the room: nothing leaves this machine.
    dev = await startDev(['02', '--remote', password], { COURSE_REMOTE_LOOPBACK_IS_REMOTE: '1' })
    const port = new URL(dev.url).port
    await dev.waitForOutput(/tablette \(vue présentateur\) > http:\/\/\S+/)
    const printed = dev.output().match(/tablette \(vue présentateur\) > (http:\/\/\S+)/)![1]
    expect(printed).toMatch(new RegExp(`^http://[\\d.]+:${port}/\\?password=${password}#/presenter/\\?password=${password}$`))
    const tablet = printed.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${port}`)
    const origin = `http://127.0.0.1:${port}`
    // The first slide with notes, and words from them as they travel in JSON.
    const slides = parseSync(readFileSync(deckFile('02-containerd'), 'utf8'), deckFile('02-containerd')).slides
    const noted = slides.findIndex(sl => sl.note?.trim()) + 1
    const note = JSON.stringify(slides[noted - 1].note!.trim().split('\n')[0].slice(0, 40)).slice(1, -1)
    const data = `/02-containerd.md__slidev_${noted}.frontmatter?import`

    const room = await browser.newContext()
    const get = async (path: string) => {
      const response = await room.request.get(`${origin}${path}`, { maxRedirects: 0 })
      return { status: response.status(), text: await response.text() }
    }
    const configs = await get('/@slidev/configs')
    expect(configs.status).toBe(200)
    expect(configs.text).toContain('"remote":')
    expect(configs.text).not.toContain(password)
    expect((await get(`/@fs${deckFile('02-containerd')}`)).status).toBe(403)
    expect((await get(`/@fs${deckFile('02-containerd')}?raw`)).status).toBe(403)
    expect((await get('/__slidev/slides/2.json')).status).toBe(403)
    expect((await get('/__mcp')).status).toBe(403)
    // That slide's data, as the audience view loads it (the module behind /@slidev/slides/N/frontmatter), and its body.
    const frontmatter = await get(data)
    expect(frontmatter.status).toBe(200)
    expect(frontmatter.text).toContain('"title":')
    expect(frontmatter.text).not.toContain(note)
    expect((await get(`/02-containerd.md__slidev_${noted}.md?import`)).text).not.toContain(note)
    // The presenter view, as Slidev's client asks for it: refused, and the prompt's answer is wrong.
    const page = await room.newPage()
    page.on('dialog', dialog => void dialog.accept(password))
    await page.goto(`${origin}/#/presenter/`)
    await page.waitForSelector('#slide-content')
    expect(await page.locator('.slidev-presenter').count()).toBe(0)
    await room.close()

    // The tablet, with the printed address: the presenter view and its notes.
    const teacher = await browser.newContext()
    const presenter = await teacher.newPage()
    await presenter.goto(tablet)
    await presenter.waitForSelector('.slidev-presenter')
    expect((await teacher.request.get(`${origin}/@slidev/configs`)).ok()).toBe(true)
    expect(await (await teacher.request.get(`${origin}/@slidev/configs`)).text()).toContain(`"remote":"${password}"`)
    expect(await (await teacher.request.get(`${origin}${data}`)).text()).toContain(note)
    // Slidev's own address, with its trailing `/` in the password, is put right.
    const slidevs = await teacher.request.get(`${origin}/entry?password=${password}/`, { maxRedirects: 0 })
    expect(slidevs.status()).toBe(302)
    expect(slidevs.headers().location).toBe(`/entry?password=${password}`)
    await teacher.close()
  })
})
