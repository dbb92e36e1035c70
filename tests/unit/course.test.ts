import { describe, expect, it } from 'vitest'
import { chapterLabel, DECKS, findDeck, neighbours } from '../../shared/course.ts'

describe('findDeck', () => {
  it('finds a deck by its number, padded or not', () => {
    expect(findDeck('1')?.slug).toBe('01-comprendre-les-runtimes')
    expect(findDeck('01')?.slug).toBe('01-comprendre-les-runtimes')
    expect(findDeck('0')?.slug).toBe('00-runtimes-et-cri')
  })
  it('finds a deck by its slug or its file path', () => {
    expect(findDeck('05-interface-cri')?.no).toBe(5)
    expect(findDeck('slides/05-interface-cri.md')?.no).toBe(5)
  })
  it('finds nothing for an unknown deck', () => {
    expect(findDeck('7')).toBeUndefined()
    expect(findDeck('containerd')).toBeUndefined()
    expect(findDeck('')).toBeUndefined()
  })
})

describe('neighbours', () => {
  it('gives the previous and next decks in teaching order', () => {
    expect(neighbours('03-cri-o')).toEqual({ previous: DECKS[2], next: DECKS[4] })
  })
  it('has no previous deck for the overview and no next deck for the last chapter', () => {
    expect(neighbours('00-runtimes-et-cri').previous).toBeUndefined()
    expect(neighbours('06-docker-et-containerd').next).toBeUndefined()
  })
  it('has no neighbours for an unknown slug', () => {
    expect(neighbours('99-nope')).toEqual({})
  })
})

describe('chapterLabel', () => {
  it('numbers chapters out of six and names the overview', () => {
    expect(chapterLabel(DECKS[2])).toBe('chapitre 2/6')
    expect(chapterLabel(DECKS[0])).toBe('vue d’ensemble')
  })
})
