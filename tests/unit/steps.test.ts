import { describe, expect, it } from 'vitest'
import { captionAt, compareSteps, freshStepAtClick, sequential, stateAt, stepAtClick, stepCount, toStep } from '../../shared/steps.ts'

describe('stepAtClick', () => {
  it('reveals nothing before the component’s first click', () => {
    expect(stepAtClick(0, 1, 3)).toBe(0)
    expect(stepAtClick(2, 3, 3)).toBe(0)
  })
  it('reveals one step per click from its first click', () => {
    expect(stepAtClick(1, 1, 3)).toBe(1)
    expect(stepAtClick(3, 1, 3)).toBe(3)
    expect(stepAtClick(4, 3, 3)).toBe(2)
  })
  it('stays complete beyond the last step, as in print mode', () => {
    expect(stepAtClick(7, 1, 3)).toBe(3)
    expect(stepAtClick(999999, 1, 3)).toBe(3)
  })
  it('is always 0 for a component without steps', () => {
    expect(stepAtClick(5, 1, 0)).toBe(0)
  })
})

describe('stateAt', () => {
  it('hides what comes later, marks what the current step adds, keeps the rest', () => {
    expect(stateAt({ step: 2 }, 1)).toBe('hidden')
    expect(stateAt({ step: 2 }, 2)).toBe('new')
    expect(stateAt({ step: 2 }, 3)).toBe('visible')
  })
  it('shows step-0 elements from the start without marking them new', () => {
    expect(stateAt({}, 0)).toBe('visible')
    expect(stateAt({ step: 0 }, 2)).toBe('visible')
  })
  it('reads steps written as Markdown strings', () => {
    expect(stateAt({ step: '2' }, 2)).toBe('new')
  })
})

describe('freshStepAtClick', () => {
  it('is the current step while the slide is on one of the diagram’s clicks', () => {
    expect(freshStepAtClick(2, 1, 3)).toBe(2)
    expect(freshStepAtClick(3, 1, 3)).toBe(3)
  })
  it('is 0 before the diagram’s clicks and after them, as in print', () => {
    expect(freshStepAtClick(0, 1, 3)).toBe(0)
    expect(freshStepAtClick(4, 1, 3)).toBe(0)
    expect(freshStepAtClick(999999, 1, 3)).toBe(0)
  })
  it('lets stateAt emphasise nothing once the diagram is finished', () => {
    expect(stateAt({ step: 3 }, 3, 0)).toBe('visible')
    expect(stateAt({ step: 3 }, 3, 3)).toBe('new')
  })
})

describe('stepCount', () => {
  it('is the highest step, several elements may share one', () => {
    expect(stepCount([{ step: 1 }, { step: 3 }, { step: 3 }, {}])).toBe(3)
  })
  it('is 0 for no elements or only step-0 elements', () => {
    expect(stepCount([])).toBe(0)
    expect(stepCount([{}, { step: 0 }])).toBe(0)
  })
})

describe('toStep', () => {
  it('turns anything that is not a positive number into 0', () => {
    expect(toStep(undefined)).toBe(0)
    expect(toStep('abc')).toBe(0)
    expect(toStep(-2)).toBe(0)
    expect(toStep('4')).toBe(4)
  })
})

describe('sequential', () => {
  it('gives one click per element in order', () => {
    expect(sequential([{}, {}, {}]).map(e => e.step)).toEqual([1, 2, 3])
  })
  it('lets an explicit step reveal several elements together and continues from it', () => {
    expect(sequential([{}, { step: 1 }, {}, { step: 0 }]).map(e => e.step)).toEqual([1, 1, 2, 0])
  })
})

describe('compareSteps', () => {
  it('strikes each removed hop at its own click, then shows the new chain', () => {
    const plan = compareSteps([{ label: 'kubelet' }, { label: 'dockershim', removed: true }, { label: 'dockerd', removed: true }, { label: 'containerd' }])
    expect(plan).toEqual({ strikes: [0, 1, 2, 0], afterStep: 3 })
  })
  it('needs one click when nothing is removed', () => {
    expect(compareSteps([{ label: 'a' }])).toEqual({ strikes: [0], afterStep: 1 })
  })
})

describe('captionAt', () => {
  it('gives the caption of the step, or the last one given', () => {
    expect(captionAt(['a', 'b'], 0)).toBe('a')
    expect(captionAt(['a', 'b'], 1)).toBe('b')
    expect(captionAt(['a', 'b'], 5)).toBe('b')
    expect(captionAt(undefined, 1)).toBeUndefined()
  })
})
