import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import DiagramBox from '../../components/DiagramBox.vue'
import DiagramCaption from '../../components/DiagramCaption.vue'
import DiagramFrame from '../../components/DiagramFrame.vue'
import DiagramLegend from '../../components/DiagramLegend.vue'
import DiagramMarkers from '../../components/DiagramMarkers.vue'
import DiagramStack from '../../components/DiagramStack.vue'
import DiagramStates from '../../components/DiagramStates.vue'
import DiagramTree from '../../components/DiagramTree.vue'
import { componentClicks } from '../../node/deck-clicks.ts'
import { ROOT } from '../../node/paths.ts'
import { layoutFlow, validateFlow } from '../../shared/flow-layout.ts'
import { mermaidThemeCss, paletteCss, paletteProperties, showLegend, TONE_NAMES, toneOf, TONES, tonesUsed } from '../../shared/palette.ts'
import { BOUNDARY_BAND, layoutStack, stackStepCount, stackSteps, validateStack } from '../../shared/stack-layout.ts'
import { layoutStates, statesStepCount, transitionStep, validateStates } from '../../shared/states-layout.ts'
import { layoutTree, treeStateAt, treeStepCount, validateTree } from '../../shared/tree-layout.ts'
import { slidev } from './support/slidev.ts'

vi.mock('@slidev/client', async () => (await import('./support/slidev.ts')).slidevClientMock)

const global = { components: { DiagramBox, DiagramCaption, DiagramFrame, DiagramLegend, DiagramMarkers } }
async function at(clicks: number) {
  slidev.clicks.current.value = clicks
  await nextTick()
}
beforeEach(() => slidev.reset())

const hex = (h: string) => [1, 3, 5].map(i => Number.parseInt(h.slice(i, i + 2), 16) / 255)
function luminance(h: string) {
  const [r, g, b] = hex(h).map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

describe('palette', () => {
  it('has one colour per layer, shim included, with ink readable on its fill (4.5:1)', () => {
    expect(TONE_NAMES).toEqual(['k8s', 'cri', 'high', 'shim', 'low', 'kernel', 'neutral'])
    for (const name of TONE_NAMES)
      expect(contrast(TONES[name].ink, TONES[name].fill), name).toBeGreaterThanOrEqual(4.5)
  })
  it('gives every layer its own fill, so that no two read alike on a projector', () => {
    expect(new Set(TONE_NAMES.map(t => TONES[t].fill)).size).toBe(TONE_NAMES.length)
    expect(new Set(TONE_NAMES.map(t => TONES[t].stroke)).size).toBe(TONE_NAMES.length)
  })
  it('exposes the same colours to CSS and to mermaid', () => {
    const props = paletteProperties()
    expect(props['--tone-shim-fill']).toBe(TONES.shim.fill)
    expect(mermaidThemeCss()).toContain(`.node.shim rect, .node.shim polygon, .node.shim circle, .node.shim path { fill: ${TONES.shim.fill}`)
    const root = paletteCss()
    expect(root).toMatch(/^:root\{[^{}]+\}$/)
    for (const [name, value] of Object.entries(props))
      expect(root, name).toContain(`${name}:${value}`)
    const css = readFileSync(`${ROOT}styles/course.css`, 'utf8')
    for (const name of TONE_NAMES)
      expect(css, name).toContain(`.tone-${name} { --tone-fill: var(--tone-${name}-fill)`)
  })
  it('paints an unknown tone neutral, and shows a legend beyond three layers unless told', () => {
    expect(toneOf('violet')).toBe('neutral')
    const four = tonesUsed([{ tone: 'k8s' }, { tone: 'high' }, { tone: 'shim' }, { tone: 'low' }, { tone: 'neutral' }])
    expect(four).toEqual(['k8s', 'high', 'shim', 'low'])
    expect(showLegend('auto', four)).toBe(true)
    expect(showLegend('auto', four.slice(0, 3))).toBe(false)
    expect(showLegend(false, four)).toBe(false)
    expect(showLegend(true, four.slice(0, 2))).toBe(true)
  })
})

describe('layoutFlow groups and routes', () => {
  it('puts a sub-label on the label’s line when the rows are too short for two lines', () => {
    const chain = ['docker', 'dockerd', 'containerd', 'shim', 'runc', 'process'].map((id, rank) => ({ id, label: id, sub: 'un mot de plus', rank }))
    const tight = layoutFlow(chain, [], 'TB', 880, 360).boxes.get('docker')!
    expect(tight.inline).toBe(true)
    expect(tight.w).toBeGreaterThan(200)
    expect(layoutFlow(chain.slice(0, 3), [], 'TB', 880, 360).boxes.get('docker')!.inline).toBe(false)
  })
  const nodes = [
    { id: 'kubelet', label: 'kubelet', tone: 'k8s' as const },
    { id: 'shim', label: 'dockershim', rank: 0, group: 'kubelet', tone: 'k8s' as const },
    { id: 'dockerd', label: 'dockerd', rank: 1 },
    { id: 'containerd', label: 'containerd', rank: 2 },
    { id: 'crio', label: 'CRI-O', rank: 2 },
  ]
  it('draws a group around what it holds, with room for its label, and needs no rank', () => {
    expect(validateFlow(nodes, [])).toEqual([])
    const { boxes, groups } = layoutFlow(nodes, [], 'TB', 880, 360)
    const g = boxes.get('kubelet')!
    const s = boxes.get('shim')!
    expect(groups).toEqual(['kubelet'])
    expect(g.x).toBeLessThan(s.x)
    expect(g.y + 20).toBeLessThan(s.y)
    expect(g.x + g.w).toBeGreaterThan(s.x + s.w)
    expect(g.y + g.h).toBeGreaterThan(s.y + s.h)
    expect(g.y).toBeGreaterThanOrEqual(0)
  })
  it('names an unknown group and a group that holds itself', () => {
    expect(validateFlow([{ id: 'a', label: 'A', rank: 0, group: 'b' }], [])).toEqual(['nœud « a » : groupe « b » inconnu'])
    expect(validateFlow([{ id: 'a', label: 'A', group: 'b' }, { id: 'b', label: 'B', group: 'a' }], [])).toContain('nœud « a » : groupes en boucle')
  })
  it('turns at right angles, and spreads two arrows into one side instead of meeting at a point', () => {
    const { edges } = layoutFlow(nodes, [{ from: 'dockerd', to: 'containerd' }, { from: 'dockerd', to: 'crio' }, { from: 'containerd', to: 'crio', label: 'x' }], 'TB', 880, 360)
    for (const e of edges) {
      for (let i = 1; i < e.points.length; i++) {
        const [[x1, y1], [x2, y2]] = [e.points[i - 1], e.points[i]]
        expect(x1 === x2 || y1 === y2).toBe(true)
      }
    }
    const out = edges.slice(0, 2).map(e => e.x1)
    expect(out[0]).not.toBe(out[1])
  })
})

const tree = [
  { id: 'systemd', label: 'systemd' },
  { id: 'containerd', label: 'containerd', parent: 'systemd', ends: 4 },
  { id: 'shim', label: 'containerd-shim-runc-v2', parent: 'systemd', step: 1 },
  { id: 'pause', label: 'pause', parent: 'shim', step: 2 },
  { id: 'nginx', label: 'nginx', parent: 'shim', step: 3 },
]

describe('layoutTree', () => {
  it('puts each generation on its own row and a parent above the middle of its children', () => {
    const { boxes, links } = layoutTree(tree, 880, 300)
    const [shim, pause, nginx] = ['shim', 'pause', 'nginx'].map(id => boxes.get(id)!)
    expect(boxes.get('systemd')!.y).toBeLessThan(shim.y)
    expect(shim.y).toBeLessThan(pause.y)
    expect(pause.y).toBe(nginx.y)
    expect(shim.x + shim.w / 2).toBeCloseTo((pause.x + pause.w / 2 + nginx.x + nginx.w / 2) / 2)
    expect(links.map(l => `${l.from}>${l.to}:${l.step}`)).toEqual(['systemd>containerd:0', 'systemd>shim:1', 'shim>pause:2', 'shim>nginx:3'])
    for (const b of boxes.values())
      expect(b.x >= 0 && b.x + b.w <= 880 && b.y >= 0 && b.y + b.h <= 300).toBe(true)
  })
  it('counts its clicks with the stops, and keeps a stopped process on screen, marked', () => {
    expect(treeStepCount(tree)).toBe(4)
    expect(treeStateAt(tree[1], 3, 3)).toBe('visible')
    expect(treeStateAt(tree[1], 4, 4)).toBe('ending')
    expect(treeStateAt(tree[1], 4, 0)).toBe('ended')
    expect(treeStateAt(tree[4], 2, 2)).toBe('hidden')
  })
  it('names an unknown parent, a loop, a child shown before its parent, and no root', () => {
    expect(validateTree(tree)).toEqual([])
    expect(validateTree([{ id: 'a', label: 'a' }, { id: 'b', label: 'b', parent: 'z' }])).toEqual(['processus « b » : parent « z » inconnu'])
    expect(validateTree([{ id: 'a', label: 'a', parent: 'b' }, { id: 'b', label: 'b', parent: 'a' }])).toContain('aucun processus racine (sans parent)')
    expect(validateTree([{ id: 'a', label: 'a', step: 2 }, { id: 'b', label: 'b', parent: 'a', step: 1 }])).toEqual(['processus « b » : apparaît avant son parent « a »'])
  })
})

const states = [
  { id: 'creating', label: 'creating' },
  { id: 'created', label: 'created', step: 1 },
  { id: 'running', label: 'running', step: 2 },
  { id: 'stopped', label: 'stopped', step: 3 },
  { id: 'deleted', label: 'supprimé', step: 4, end: true },
]
const transitions = [
  { from: 'creating', to: 'created', label: 'create' },
  { from: 'created', to: 'running', label: 'start' },
  { from: 'running', to: 'stopped', label: 'kill · exit' },
  { from: 'stopped', to: 'deleted', label: 'delete' },
  { from: 'created', to: 'stopped', label: 'kill', step: 3 },
  { from: 'running', to: 'running', label: 'state', query: true, step: 4 },
]

describe('layoutStates', () => {
  it('sets the states in a row, in order, inside the drawing', () => {
    const { boxes } = layoutStates(states, transitions, 880, 250)
    const xs = states.map(s => boxes.get(s.id)!.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const b of boxes.values())
      expect(b.x >= 0 && b.x + b.w <= 880 && b.y >= 0 && b.y + b.h <= 250).toBe(true)
  })
  it('draws the next state straight, a skip below the row at right angles, a query as a loop above', () => {
    const { boxes, transitions: laid } = layoutStates(states, transitions, 880, 250)
    const by = (label: string) => laid.find(t => t.transition.label === label)!
    expect(by('start').points).toHaveLength(2)
    const kill = by('kill')
    expect(kill.points).toHaveLength(4)
    expect(kill.points[1][1]).toBeGreaterThan(boxes.get('created')!.y + boxes.get('created')!.h)
    expect(by('state').points[1][1]).toBeLessThan(boxes.get('running')!.y)
    for (const t of laid)
      expect(t.labelAt.y).toBeLessThanOrEqual(250)
  })
  it('gives a transition the step of its later state unless told, and counts clicks', () => {
    expect(transitionStep(transitions[0], states)).toBe(1)
    expect(transitionStep(transitions[4], states)).toBe(3)
    expect(statesStepCount(states, transitions)).toBe(4)
    expect(validateStates(states, [{ from: 'running', to: 'paused', label: 'pause' }])).toEqual(['transition running → paused (pause) : état « paused » inconnu'])
  })
})

const columns = [
  { title: 'runc', step: 0, layers: [{ label: 'processus' }] },
  { title: 'gVisor', layers: [{ label: 'processus' }, { label: 'Sentry', boundary: 'appels système' }] },
  { title: 'Kata', layers: [{ label: 'processus' }, { label: 'noyau invité' }, { label: 'VMM', step: 3 }] },
]

describe('layoutStack', () => {
  it('stands every column on the base, taller as it holds more layers', () => {
    const { layers, base, boundaries } = layoutStack(columns, { label: 'noyau de l’hôte' }, 880, 320)
    const bottoms = [0, 1, 2].map(c => Math.max(...layers.filter(l => l.column === c).map(l => l.box.y + l.box.h)))
    // runc and Kata stand right on the base; gVisor's Sentry leaves a band for its boundary under it.
    expect(bottoms[0]).toBe(bottoms[2])
    expect(bottoms[0] - bottoms[1]).toBe(BOUNDARY_BAND)
    expect(bottoms[0]).toBeLessThan(base!.y)
    expect(boundaries[0].y).toBeGreaterThan(bottoms[1])
    expect(boundaries[0].y).toBeLessThan(bottoms[0])
    const tops = [0, 1, 2].map(c => Math.min(...layers.filter(l => l.column === c).map(l => l.box.y)))
    expect(tops[0]).toBeGreaterThan(tops[1])
    expect(tops[1]).toBeGreaterThan(tops[2])
    expect(boundaries).toHaveLength(1)
    for (const l of layers)
      expect(l.box.y).toBeGreaterThanOrEqual(30)
  })
  it('shows the columns one per click (step 0 from the start), a layer with its column or later', () => {
    expect(stackSteps(columns)).toEqual([{ column: 0, layers: [0] }, { column: 1, layers: [1, 1] }, { column: 2, layers: [2, 2, 3] }])
    expect(stackStepCount(columns)).toBe(3)
    expect(validateStack([{ title: 'vide', layers: [] }])).toEqual(['colonne « vide » : aucune couche'])
  })
})

describe('the checker counts the new diagrams’ clicks as the components do', () => {
  it('for a tree, a state machine and a stack', () => {
    expect(componentClicks('DiagramTree', `<DiagramTree :nodes="${JSON.stringify(tree).replace(/"/g, '\'')}" />`)).toBe(4)
    expect(componentClicks('DiagramStates', `<DiagramStates :states="${JSON.stringify(states).replace(/"/g, '\'')}" :transitions="${JSON.stringify(transitions).replace(/"/g, '\'')}" />`)).toBe(4)
    expect(componentClicks('DiagramStack', `<DiagramStack :columns="${JSON.stringify(columns).replace(/"/g, '\'')}" />`)).toBe(3)
  })
})

function states0(wrapper: ReturnType<typeof mount>, testid: string, key = 'data-id') {
  return Object.fromEntries(wrapper.findAll(`[data-testid=${testid}]`).map(n => [n.attributes(key), n.attributes('data-state')]))
}

describe('diagramTree', () => {
  it('claims its clicks, reveals one process per click and marks the one that stops', async () => {
    const w = mount(DiagramTree, { props: { nodes: tree }, global })
    expect(slidev.clicks.context.total).toBe(4)
    await at(2)
    expect(states0(w, 'tree-node')).toEqual({ systemd: 'visible', containerd: 'visible', shim: 'visible', pause: 'new', nginx: 'hidden' })
    expect(w.get('[data-testid=diagram-tree]').classes()).toContain('is-stepping')
    await at(4)
    expect(states0(w, 'tree-node').containerd).toBe('ending')
    expect(w.text()).toContain('arrêté')
    expect(w.get('svg title').text()).toBe('Arbre des processus')
    expect(w.get('svg desc').text()).toContain('nginx, enfant de containerd-shim-runc-v2')
  })
})

describe('diagramStates', () => {
  it('reveals states and operations click by click and marks the current state', async () => {
    const w = mount(DiagramStates, { props: { states, transitions, current: 'created' }, global })
    expect(slidev.clicks.context.total).toBe(4)
    await at(1)
    expect(states0(w, 'state-transition', 'data-label')).toMatchObject({ create: 'new', start: 'hidden' })
    expect(w.find('[data-testid=state-current]').exists()).toBe(true)
    expect(w.get('svg desc').text()).toContain('creating → created par create')
  })
})

describe('diagramStack', () => {
  it('shows the first column from the start and one more per click', async () => {
    const w = mount(DiagramStack, { props: { columns, base: { label: 'noyau de l’hôte', tone: 'kernel' } }, global })
    expect(slidev.clicks.context.total).toBe(3)
    await at(0)
    expect(states0(w, 'stack-column', 'data-title')).toEqual({ runc: 'visible', gVisor: 'hidden', Kata: 'hidden' })
    await at(2)
    expect(states0(w, 'stack-column', 'data-title')).toEqual({ runc: 'visible', gVisor: 'visible', Kata: 'new' })
    expect(w.get('svg desc').text()).toContain('Kata : processus, puis noyau invité, puis VMM, sur noyau de l’hôte')
  })
})
