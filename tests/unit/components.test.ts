import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import DiagramBox from '../../components/DiagramBox.vue'
import DiagramCaption from '../../components/DiagramCaption.vue'
import DiagramCompare from '../../components/DiagramCompare.vue'
import DiagramFlow from '../../components/DiagramFlow.vue'
import DiagramFrame from '../../components/DiagramFrame.vue'
import DiagramLegend from '../../components/DiagramLegend.vue'
import DiagramMarkers from '../../components/DiagramMarkers.vue'
import DiagramSequence from '../../components/DiagramSequence.vue'
import DiagramTimeline from '../../components/DiagramTimeline.vue'
import Quiz from '../../components/Quiz.vue'
import TerminalReplay from '../../components/TerminalReplay.vue'
import { slidev } from './support/slidev.ts'

vi.mock('@slidev/client', async () => (await import('./support/slidev.ts')).slidevClientMock)

const global = { components: { DiagramBox, DiagramCaption, DiagramFrame, DiagramLegend, DiagramMarkers } }
const nodes = [
  { id: 'kubelet', label: 'kubelet', rank: 0 },
  { id: 'containerd', label: 'containerd', sub: 'plugin CRI', rank: 1, step: 1 },
  { id: 'crio', label: 'CRI-O', rank: 1, step: 1 },
  { id: 'runc', label: 'runc', rank: 2, step: 2 },
]
const edges = [{ from: 'kubelet', to: 'containerd' }, { from: 'containerd', to: 'runc' }]

async function at(clicks: number) {
  slidev.clicks.current.value = clicks
  await nextTick()
}
function states(wrapper: ReturnType<typeof mount>, testid: string, key = 'data-id') {
  return Object.fromEntries(wrapper.findAll(`[data-testid=${testid}]`).map(n => [n.attributes(key), n.attributes('data-state')]))
}

beforeEach(() => slidev.reset())

describe('diagramFlow', () => {
  it('claims one click per step from the slide, and reveals nodes and edges click by click', async () => {
    const flow = mount(DiagramFlow, { props: { nodes, edges, captions: ['début', 'runtimes', 'runc'] }, global })
    expect(slidev.clicks.context.total).toBe(2)
    await at(0)
    expect(states(flow, 'flow-node')).toEqual({ kubelet: 'visible', containerd: 'hidden', crio: 'hidden', runc: 'hidden' })
    expect(flow.get('[data-testid=diagram-caption]').text()).toBe('début')
    await at(1)
    expect(states(flow, 'flow-node')).toEqual({ kubelet: 'visible', containerd: 'new', crio: 'new', runc: 'hidden' })
    expect(flow.findAll('[data-testid=flow-edge]').map(e => e.attributes('data-state'))).toEqual(['new', 'hidden'])
    expect(flow.get('[data-testid=diagram-step]').text()).toBe('Étape 1/2')
    await at(0)
    expect(states(flow, 'flow-node').containerd).toBe('hidden')
  })
  it('is complete past its last click, as in print, with nothing emphasised', async () => {
    const flow = mount(DiagramFlow, { props: { nodes, edges }, global })
    await at(2)
    expect(Object.values(states(flow, 'flow-node'))).toEqual(['visible', 'visible', 'visible', 'new'])
    await at(999999)
    expect(Object.values(states(flow, 'flow-node'))).toEqual(['visible', 'visible', 'visible', 'visible'])
  })
  it('emphasises nothing on a printed slide or in the overview, but does on a printed click', async () => {
    slidev.printMode.value = true
    const printed = mount(DiagramFlow, { props: { nodes, edges }, global })
    await at(2)
    expect(Object.values(states(printed, 'flow-node'))).toEqual(['visible', 'visible', 'visible', 'visible'])
    slidev.printWithClicks.value = true
    await nextTick()
    await at(1)
    await at(2)
    expect(states(printed, 'flow-node').runc).toBe('new')
    slidev.reset()
    slidev.renderContext.value = 'overview'
    const overview = mount(DiagramFlow, { props: { nodes, edges }, global })
    await at(2)
    expect(Object.values(states(overview, 'flow-node'))).not.toContain('new')
  })
  it('follows a v-click already on the slide, and honours an absolute `at`', async () => {
    slidev.clicks.context.register('v-click', slidev.clicks.context.calculateSince('+1'))
    const after = mount(DiagramFlow, { props: { nodes, edges }, global })
    await at(1)
    expect(after.attributes('data-step')).toBe('0')
    await at(2)
    expect(after.attributes('data-step')).toBe('1')
    const absolute = mount(DiagramFlow, { props: { nodes, edges, at: '5' }, global })
    await at(4)
    expect(absolute.attributes('data-step')).toBe('0')
    await at(6)
    expect(absolute.attributes('data-step')).toBe('2')
    expect(slidev.clicks.context.total).toBe(6)
  })
  it('gives its SVG a title and a description, and keeps labels as text', () => {
    const flow = mount(DiagramFlow, { props: { nodes, edges, title: 'Du kubelet à runc', description: 'Trois étages' }, global })
    expect(flow.get('svg title').text()).toBe('Du kubelet à runc')
    expect(flow.get('svg desc').text()).toBe('Trois étages')
    expect(flow.get('svg').attributes('role')).toBe('img')
    expect(flow.text()).toContain('plugin CRI')
  })
  it('says what is wrong with bad data, on the slide and in the console', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const flow = mount(DiagramFlow, { props: { nodes, edges: [{ from: 'kubelet', to: 'docker' }] }, global })
    expect(flow.get('[data-testid=diagram-problems]').text()).toContain('nœud « docker » inconnu')
    expect(error).toHaveBeenCalledWith(expect.stringContaining('[DiagramFlow] flèche kubelet → docker'))
    error.mockRestore()
  })
  it('unregisters its clicks when it leaves the slide', () => {
    const flow = mount(DiagramFlow, { props: { nodes, edges }, global })
    flow.unmount()
    expect(slidev.clicks.context.total).toBe(0)
  })
})

describe('diagramSequence', () => {
  const actors = [{ id: 'kubelet', label: 'kubelet' }, { id: 'rt', label: 'containerd' }]
  const messages = [
    { from: 'kubelet', to: 'rt', label: 'RunPodSandbox', service: 'RuntimeService' },
    { from: 'kubelet', to: 'rt', label: 'PullImage', service: 'ImageService' },
  ]
  it('reveals one message per click, each marked with its service', async () => {
    const seq = mount(DiagramSequence, { props: { actors, messages }, global })
    await at(1)
    expect(states(seq, 'seq-message', 'data-label')).toEqual({ RunPodSandbox: 'new', PullImage: 'hidden' })
    await at(2)
    expect(states(seq, 'seq-message', 'data-label')).toEqual({ RunPodSandbox: 'visible', PullImage: 'new' })
    expect(seq.get('[data-label=RunPodSandbox] .seq-message__service').text()).toBe('RuntimeService')
    expect(seq.get('[data-label=PullImage] .seq-message__service').text()).toBe('ImageService')
  })
})

describe('diagramCompare', () => {
  it('strikes out the removed hops one per click, then shows the new chain', async () => {
    const cmp = mount(DiagramCompare, {
      props: {
        before: [{ label: 'kubelet' }, { label: 'dockershim', removed: true }, { label: 'dockerd', removed: true, tag: 'hors du chemin' }, { label: 'containerd' }],
        after: [{ label: 'kubelet' }, { label: 'CRI' }, { label: 'containerd' }],
      },
      global,
    })
    expect(slidev.clicks.context.total).toBe(3)
    await at(1)
    expect(states(cmp, 'compare-hop', 'data-label')).toEqual({ kubelet: 'present', dockershim: 'removed', dockerd: 'present', containerd: 'present' })
    expect(cmp.get('[data-testid=compare-after]').attributes('data-state')).toBe('hidden')
    await at(3)
    expect(states(cmp, 'compare-hop', 'data-label').dockerd).toBe('removed')
    expect(cmp.get('[data-testid=compare-after]').attributes('data-state')).toBe('visible')
    expect(cmp.findAll('.compare-hop__tag').map(t => t.text())).toEqual(['retiré', 'hors du chemin'])
  })
})

describe('diagramTimeline', () => {
  it('reveals one event per click', async () => {
    const tl = mount(DiagramTimeline, { props: { events: [{ date: '2016', title: 'CRI alpha' }, { date: '2022', title: 'dockershim retiré' }] }, global })
    await at(1)
    expect(tl.findAll('[data-testid=timeline-event]').map(e => e.attributes('data-state'))).toEqual(['new', 'hidden'])
  })
})

describe('terminalReplay', () => {
  it('shows one command and its output per click, as plain text', async () => {
    const term = mount(TerminalReplay, { props: { commands: [{ cmd: 'crictl pods', out: 'POD ID   NAME' }, { cmd: 'crictl ps' }] }, global })
    await at(1)
    expect(term.findAll('[data-testid=terminal-entry]').map(e => e.attributes('data-state'))).toEqual(['new', 'hidden'])
    expect(term.get('pre').text()).toContain('crictl pods\nPOD ID   NAME')
  })
})

describe('quiz', () => {
  const props = { question: 'Qui parle au noyau ?', options: ['containerd', 'runc'], answer: 1, explanation: 'runc crée les namespaces.' }
  it('checks a wrong answer and shows the right one with the explanation', async () => {
    const quiz = mount(Quiz, { props, global })
    expect(quiz.get('[data-testid=quiz-check]').attributes('disabled')).toBeDefined()
    await quiz.findAll('input')[0].setValue()
    await quiz.get('form').trigger('submit')
    expect(quiz.attributes('data-verdict')).toBe('wrong')
    expect(quiz.findAll('[data-testid=quiz-option]').map(o => o.attributes('data-mark'))).toEqual(['chosen-wrong', 'right'])
    expect(quiz.get('[data-testid=quiz-feedback]').text()).toBe('Pas tout à fait. runc crée les namespaces.')
  })
  it('checks a right answer', async () => {
    const quiz = mount(Quiz, { props, global })
    await quiz.findAll('input')[1].setValue()
    await quiz.get('form').trigger('submit')
    expect(quiz.attributes('data-verdict')).toBe('correct')
    expect(quiz.get('[data-testid=quiz-feedback]').text()).toContain('Bonne réponse.')
  })
  it('shows the answer in print, with nothing to click', () => {
    slidev.printMode.value = true
    const quiz = mount(Quiz, { props, global })
    expect(quiz.find('[data-testid=quiz-check]').exists()).toBe(false)
    expect(quiz.findAll('[data-testid=quiz-option]').map(o => o.attributes('data-mark'))).toEqual(['none', 'right'])
    expect(quiz.get('[data-testid=quiz-feedback]').text()).toContain('runc crée les namespaces.')
  })
})
