import { describe, expect, it } from 'vitest'
import { layoutSequence, validateSequence } from '../../browser/sequence-layout.ts'
import { layoutFlow, validateFlow } from '../../shared/flow-layout.ts'

const architecture = [
  { id: 'user', label: 'Utilisateur', rank: 0 },
  { id: 'k8s', label: 'Kubernetes', sub: 'kubelet', rank: 1, step: 1 },
  { id: 'cri', label: 'CRI', rank: 2, step: 2 },
  { id: 'containerd', label: 'containerd', rank: 3, step: 3 },
  { id: 'crio', label: 'CRI-O', rank: 3, step: 3 },
  { id: 'runc', label: 'runc', rank: 4, step: 4 },
  { id: 'kernel', label: 'noyau Linux', rank: 5, step: 5 },
  { id: 'ns', label: 'namespaces', rank: 6, step: 5 },
  { id: 'cg', label: 'cgroups', rank: 6, step: 5 },
]

describe('layoutFlow', () => {
  it('keeps every box of the whole architecture inside the drawing, without overlaps', () => {
    for (const direction of ['TB', 'LR'] as const) {
      const { boxes } = layoutFlow(architecture, [], direction, 880, 380)
      const all = [...boxes.values()]
      expect(all).toHaveLength(9)
      for (const b of all) {
        expect(b.x).toBeGreaterThanOrEqual(0)
        expect(b.y).toBeGreaterThanOrEqual(0)
        expect(b.x + b.w).toBeLessThanOrEqual(880)
        expect(b.y + b.h).toBeLessThanOrEqual(380)
      }
      for (const [i, a] of all.entries()) {
        for (const b of all.slice(i + 1))
          expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true)
      }
    }
  })
  it('puts nodes of one rank side by side, across the flow', () => {
    const { boxes } = layoutFlow(architecture, [], 'TB', 880, 380)
    expect(boxes.get('containerd')!.y).toBe(boxes.get('crio')!.y)
    expect(boxes.get('containerd')!.x).toBeLessThan(boxes.get('crio')!.x)
  })
  it('joins facing sides and gives an edge the step of its later node', () => {
    const { boxes, edges } = layoutFlow(architecture, [{ from: 'user', to: 'k8s' }, { from: 'cri', to: 'crio', step: 4 }], 'TB', 880, 380)
    const [first, second] = edges
    expect(first.y1).toBe(boxes.get('user')!.y + boxes.get('user')!.h)
    expect(first.y2).toBe(boxes.get('k8s')!.y)
    expect(first.step).toBe(1)
    expect(second.step).toBe(4)
  })
})

describe('validateFlow', () => {
  it('names an edge to an unknown node and a node defined twice', () => {
    expect(validateFlow([{ id: 'a', label: 'A', rank: 0 }, { id: 'a', label: 'A2', rank: 1 }], [{ from: 'a', to: 'b' }]))
      .toEqual(['nœud « a » défini deux fois', 'flèche a → b : nœud « b » inconnu'])
  })
  it('accepts good data', () => {
    expect(validateFlow(architecture, [{ from: 'user', to: 'k8s' }])).toEqual([])
  })
})

describe('layoutSequence', () => {
  const actors = [{ id: 'kubelet', label: 'kubelet' }, { id: 'rt', label: 'containerd' }]
  it('gives each message its own row, in order, inside the drawing', () => {
    const { rows } = layoutSequence(actors, [
      { from: 'kubelet', to: 'rt', label: 'RunPodSandbox' },
      { from: 'kubelet', to: 'rt', label: 'PullImage' },
      { from: 'rt', to: 'kubelet', label: 'ok', reply: true, step: 2 },
    ], 880, 300)
    expect(rows.map(r => r.message.step)).toEqual([1, 2, 2])
    expect(rows[0].y).toBeLessThan(rows[1].y)
    expect(rows.at(-1)!.y).toBeLessThan(300)
    expect(rows[2].x1).toBeGreaterThan(rows[2].x2)
  })
  it('names a message to an unknown actor', () => {
    expect(validateSequence(actors, [{ from: 'kubelet', to: 'runc', label: 'x' }])).toEqual(['message « x » : acteur « runc » inconnu'])
  })
})
