import { describe, expect, it } from 'vitest'
import { neighbours } from '../../browser/first-slide-first.ts'

describe('the slides prepared first once the current one is shown', () => {
  it('are the one before and the one after', () => {
    expect(neighbours(5, 22)).toEqual([4, 6])
  })
  it('stop at the ends of the deck', () => {
    expect(neighbours(1, 22)).toEqual([2])
    expect(neighbours(22, 22)).toEqual([21])
    expect(neighbours(1, 1)).toEqual([])
  })
})
